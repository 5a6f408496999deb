using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Domain.Setup;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.UnitTests.Domain.Requests;

/// <summary>Who may request whom.</summary>
public sealed class RequestPolicyTests
{
    private static readonly Guid EventId = Guid.NewGuid();

    [Fact]
    public void EnsureRecipients_WhenTheKindsAreAllowedAndApproved_Passes()
    {
        var from = Make(ParticipantKinds.Investor);
        var town = Make(ParticipantKinds.Town);
        var enterprise = Make(ParticipantKinds.Enterprise);

        var check = Record.Exception(() => RequestPolicy.EnsureRecipients(from, [town.Id, enterprise.Id], [town, enterprise], RequestRules.Defaults));

        Assert.Null(check);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("self")]
    [InlineData("twice")]
    [InlineData("unknown")]
    [InlineData("other-event")]
    [InlineData("same-kind")]
    [InlineData("too-many")]
    public void EnsureRecipients_WhenTheRecipientsAreWrong_NamesTheField(string wrong)
    {
        var from = Make(ParticipantKinds.Investor);
        var town = Make(ParticipantKinds.Town);
        var otherEvent = Make(ParticipantKinds.Town, Guid.NewGuid());
        var investor = Make(ParticipantKinds.Investor);
        var many = Enumerable.Range(0, RequestPolicy.MaxRecipients + 1).Select(_ => Make(ParticipantKinds.Town)).ToList();
        IReadOnlyList<Guid> to = wrong switch
        {
            "none" => [],
            "self" => [from.Id],
            "twice" => [town.Id, town.Id],
            "unknown" => [Guid.NewGuid()],
            "other-event" => [otherEvent.Id],
            "same-kind" => [investor.Id],
            _ => [.. many.Select(p => p.Id)],
        };

        var failure = Assert.Throws<InvalidValueException>(() => RequestPolicy.EnsureRecipients(from, to, [town, otherEvent, investor, .. many], RequestRules.Defaults));

        Assert.Equal(RequestPolicy.RecipientsField, failure.Field);
    }

    [Fact]
    public void EnsureRecipients_WhenTheEventAllowsOnlyInvestorsToAsk_RefusesATownAskingAnInvestor()
    {
        var town = Make(ParticipantKinds.Town);
        var investor = Make(ParticipantKinds.Investor);

        var failure = Assert.Throws<InvalidValueException>(() => RequestPolicy.EnsureRecipients(town, [investor.Id], [investor], [RequestRules.Pair(ParticipantKinds.Investor, ParticipantKinds.Town)]));

        Assert.Contains("town", failure.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParticipantStatuses.Pending)]
    [InlineData(ParticipantStatuses.Rejected)]
    [InlineData(ParticipantStatuses.Withdrawn)]
    public void EnsureRecipients_WhenARecipientIsNotApproved_RefusesWithTheRule(string status)
    {
        var from = Make(ParticipantKinds.Investor);
        var town = Make(ParticipantKinds.Town, status: status);

        var failure = Assert.Throws<BusinessRuleException>(() => RequestPolicy.EnsureRecipients(from, [town.Id], [town], RequestRules.Defaults));

        Assert.Equal("participant-not-approved", failure.Rule);
    }

    [Theory]
    [InlineData(0, null, true)]
    [InlineData(99, null, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 3, false)]
    [InlineData(0, 0, false)]
    public void HasRoom_ForCountsAndLimits_AllowsOnlyBelowTheLimit(int meetings, int? limit, bool expected)
    {
        var room = RequestPolicy.HasRoom(meetings, limit);

        Assert.Equal(expected, room);
    }

    internal static Participant Make(string kind, Guid? eventId = null, string status = ParticipantStatuses.Approved)
    {
        var participant = Participant.Register(eventId ?? EventId, kind, Guid.NewGuid(), null, $"{kind} 参会方", null, ["zh"], 2, null, [], "test", DateTimeOffset.UtcNow);
        participant.Decide(status, "organizer", null, DateTimeOffset.UtcNow);
        return participant;
    }
}
