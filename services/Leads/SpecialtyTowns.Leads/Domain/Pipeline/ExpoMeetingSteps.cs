namespace SpecialtyTowns.Leads.Domain.Pipeline;

/// <summary>
/// How a held expo meeting moves a lead (docs/leads.md): the party's next step implies a stage
/// (follow-up → contacted, site visit → site visit, negotiation or intent to sign → negotiating; none
/// → the lead stays). The lead only moves forward, along the transition table, and only to a stage
/// whose required fields are known: a site visit agreed at a meeting has no date yet and a negotiation
/// may have no amount yet, so such a lead goes as far as contacted and its next action says what the
/// meeting agreed. Signing is never implied: a contract needs its own facts.
/// </summary>
public static class ExpoMeetingSteps
{
    public const string None = "none";
    public const string FollowUp = "follow-up";
    public const string SiteVisit = "site-visit";
    public const string Negotiation = "negotiation";
    public const string IntentToSign = "intent-to-sign";

    /// <summary>Days until the town's next action after a meeting falls due.</summary>
    public const int FollowUpDays = 7;

    public static LeadStage ImpliedStage(string nextStep) => nextStep switch
    {
        FollowUp => LeadStage.Contacted,
        SiteVisit => LeadStage.SiteVisit,
        Negotiation or IntentToSign => LeadStage.Negotiating,
        _ => LeadStage.Lead,
    };

    /// <summary>What the town does next after a meeting with this next step.</summary>
    public static string NextActionFor(string nextStep) => nextStep switch
    {
        SiteVisit => "安排实地考察 Arrange the site visit agreed at the expo",
        Negotiation => "推进投资谈判 Take the negotiation agreed at the expo forward",
        IntentToSign => "准备签约 Prepare the signing the investor intends",
        _ => "跟进展会洽谈 Follow up the expo meeting",
    };

    /// <summary>
    /// The move a held meeting with <paramref name="nextStep"/> makes on a lead at <paramref name="current"/>
    /// with <paramref name="expectedAmountFen"/>: the stage and its fields, or null when the lead stays.
    /// </summary>
    public static (LeadStage To, StageFields Fields)? Advance(LeadStage current, long? expectedAmountFen, string nextStep, DateOnly today)
    {
        var fields = new StageFields
        {
            NextAction = NextActionFor(nextStep),
            NextActionDue = today.AddDays(FollowUpDays),
            ExpectedAmountFen = expectedAmountFen,
            Note = "展会洽谈 Expo meeting: " + nextStep,
        };
        for (var stage = ImpliedStage(nextStep); stage > current && LeadPipeline.IsOpen(current); stage--)
        {
            if (LeadPipeline.CanMove(current, stage) && StageRequirements.Missing(stage, fields).Count == 0)
            {
                return (stage, fields);
            }
        }

        return null;
    }
}
