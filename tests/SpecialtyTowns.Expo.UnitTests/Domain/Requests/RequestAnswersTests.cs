using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Requests;

/// <summary>No meeting without every party's acceptance; counter-proposals ask everyone again; expiry.</summary>
public sealed class RequestAnswersTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Guid Sender = Guid.NewGuid();

    private static readonly Guid Town = Guid.NewGuid();

    private static readonly Guid Enterprise = Guid.NewGuid();

    [Fact]
    public void Accept_WhenOneOfTwoInvitedPartiesAccepted_IsNotAllAccepted()
    {
        var request = Delegation();

        RequestAnswers.Accept(request, Town, Now);

        Assert.False(request.AllAccepted);
        Assert.Equal([Enterprise], RequestAnswers.Waiting(request));
    }

    [Fact]
    public void Accept_WhenEveryPartyAccepted_IsAllAccepted()
    {
        var request = Delegation();

        RequestAnswers.Accept(request, Town, Now);
        RequestAnswers.Accept(request, Enterprise, Now);

        Assert.True(request.AllAccepted);
    }

    [Fact]
    public void Accept_WhenThePartyAlreadyAccepted_ChangesNothing()
    {
        var request = Delegation();
        RequestAnswers.Accept(request, Town, Now);
        var version = request.Version;

        var changed = RequestAnswers.Accept(request, Town, Now);

        Assert.False(changed);
        Assert.Equal(version, request.Version);
    }

    [Fact]
    public void Accept_WhenTheCallerIsNoParty_IsNotFound()
    {
        var request = Delegation();

        Assert.Throws<NotFoundException>(() => RequestAnswers.Accept(request, Guid.NewGuid(), Now));
    }

    [Theory]
    [InlineData(RequestStatuses.Declined)]
    [InlineData(RequestStatuses.Cancelled)]
    [InlineData(RequestStatuses.Expired)]
    [InlineData(RequestStatuses.Accepted)]
    public void Accept_WhenTheRequestIsClosed_IsRefused(string status)
    {
        var request = Delegation();
        request.Close(status, Now);

        var failure = Assert.Throws<BusinessRuleException>(() => RequestAnswers.Accept(request, Town, Now));

        Assert.Equal("request-closed", failure.Rule);
    }

    [Fact]
    public void Accept_WhenTheExpiryPassedBeforeTheJobRan_IsRefusedAsExpired()
    {
        var request = Delegation();

        var failure = Assert.Throws<BusinessRuleException>(() => RequestAnswers.Accept(request, Town, Now.AddHours(73)));

        Assert.Equal("request-expired", failure.Rule);
    }

    [Fact]
    public void Decline_WhenAnInvitedPartyDeclines_ClosesTheRequestWithItsReason()
    {
        var request = Delegation();
        RequestAnswers.Accept(request, Town, Now);

        RequestAnswers.Decline(request, Enterprise, " 时间冲突 ", Now);

        Assert.Equal(RequestStatuses.Declined, request.Status);
        Assert.Equal("时间冲突", request.Parties.Single(p => p.ParticipantId == Enterprise).Reason);
        Assert.False(request.AllAccepted);
    }

    [Fact]
    public void Decline_WhenTheSenderTries_IsRefused()
    {
        var request = Delegation();

        var failure = Assert.Throws<BusinessRuleException>(() => RequestAnswers.Decline(request, Sender, null, Now));

        Assert.Equal("sender-cancels", failure.Rule);
    }

    [Fact]
    public void Cancel_WhenAnInvitedPartyTries_IsRefused()
    {
        var request = Delegation();

        var failure = Assert.Throws<BusinessRuleException>(() => RequestAnswers.Cancel(request, Town, Now));

        Assert.Equal("only-sender-cancels", failure.Rule);
    }

    [Fact]
    public void Counter_WhenAPartyProposesAnotherSlot_AcceptsForItAndAsksEveryoneElseAgain()
    {
        var request = Delegation();
        RequestAnswers.Accept(request, Enterprise, Now);
        var slot = Guid.NewGuid();

        var changed = RequestAnswers.Counter(request, Town, new RequestTerms(slot, "EN", []), "下午", Now.AddHours(72), Now);

        Assert.True(changed);
        Assert.Equal(1, request.Round);
        Assert.Equal(slot, request.ProposedSlotId);
        Assert.Equal("en", request.InterpreterLanguage);
        Assert.Equal(new[] { Sender, Enterprise }.Order(), RequestAnswers.Waiting(request).Order());
        Assert.Equal(Town, request.CounteredBy);
    }

    [Fact]
    public void Counter_WhenTheTermsAreTheCurrentOnes_ChangesNothing()
    {
        var request = Delegation();

        var changed = RequestAnswers.Counter(request, Town, new RequestTerms(null, null, []), null, Now.AddHours(72), Now);

        Assert.False(changed);
        Assert.Equal(0, request.Round);
    }

    [Fact]
    public void Counter_WhenTheSenderEditsItsRequest_AsksTheOthersAgain()
    {
        var request = Delegation();
        RequestAnswers.Accept(request, Town, Now);

        RequestAnswers.Counter(request, Sender, new RequestTerms(Guid.NewGuid(), null, []), null, Now.AddHours(72), Now);

        Assert.Equal(new[] { Town, Enterprise }.Order(), RequestAnswers.Waiting(request).Order());
    }

    [Fact]
    public void IsReminderDue_BeforeAndAfterTheReminderTimeAndOnceReminded_IsDueOnlyOnce()
    {
        var request = Delegation();

        var early = RequestExpiry.IsReminderDue(request, 12, Now.AddHours(59));
        var due = RequestExpiry.IsReminderDue(request, 12, Now.AddHours(61));
        request.MarkReminded(Now.AddHours(61));
        var again = RequestExpiry.IsReminderDue(request, 12, Now.AddHours(62));

        Assert.False(early);
        Assert.True(due);
        Assert.False(again);
        Assert.True(RequestExpiry.IsExpired(request, Now.AddHours(72)));
    }

    private static MeetingRequest Delegation() =>
        MeetingRequest.Create(Guid.NewGuid(), Sender, [Town, Enterprise], "洽谈", null, null, null, null, [], Now.AddHours(72), "participant", null, Now);
}
