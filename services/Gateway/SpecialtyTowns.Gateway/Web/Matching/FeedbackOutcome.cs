using SpecialtyTowns.Leads.V1;

namespace SpecialtyTowns.Gateway.Web.Matching;

/// <summary>
/// What a list shows after a feedback was taken: the confirmation, an undo button for "not interested", and for
/// "express interest" the lead it created, shown at the item.
/// </summary>
public sealed record FeedbackOutcome(string Done, string? Undo, string? ActedId, string? LeadId)
{
    public static FeedbackOutcome For(FeedbackPress press, FeedbackResult result, string done)
    {
        ArgumentNullException.ThrowIfNull(press);
        ArgumentNullException.ThrowIfNull(result);
        var itemId = press.ItemId.ToString();
        var undo = press.Action == FeedbackPress.NotInterested ? FeedbackPress.ValueFor(FeedbackPress.Clear, press.Kind, itemId) : null;
        var interested = press.Action == FeedbackPress.ExpressInterest && result.LeadId.Length > 0;
        return new FeedbackOutcome(done, undo, interested ? itemId : null, interested ? result.LeadId : null);
    }

    /// <summary>The lead to show at an item: the one just created for it, else none.</summary>
    public string? LeadFor(string itemId) => ActedId is not null && itemId == ActedId ? LeadId : null;

    /// <summary>The list after reloading: the item just expressed interest in stays where it was.</summary>
    public IReadOnlyList<T> Arrange<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> id) =>
        ActedId is null ? after : ActedItems.KeepInPlace(before, after, id, ActedId);

    /// <summary>The open leads shown apart, without the one this page just created (it shows at its item).</summary>
    public static IReadOnlyList<ExistingLead> Apart(IEnumerable<ExistingLead> leads, FeedbackOutcome? outcome) =>
        [.. leads.Where(lead => outcome?.ActedId is null || lead.Id != outcome.ActedId)];

    /// <summary>The optional message typed at an item for "express interest", from the posted form.</summary>
    public static string? Message(HttpRequest request, string itemId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method) && request.HasFormContentType ? request.Form[FeedbackPress.MessageField(itemId)].ToString().Trim() : null;
    }
}
