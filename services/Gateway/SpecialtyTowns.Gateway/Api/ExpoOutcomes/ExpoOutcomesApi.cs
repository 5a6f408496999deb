using SpecialtyTowns.Expo.V1;
using SpecialtyTowns.Gateway.Errors;
using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Gateway.Api.ExpoOutcomes;

/// <summary>
/// Meeting outcomes: a party of a meeting (the investor, town or enterprise account acting for its
/// participant) records its own outcome and reads it back. Organizers and admins do not speak for a
/// party (403); a meeting the caller is no party of answers 404. A held meeting feeds the lead pipeline.
/// </summary>
public static class ExpoOutcomesApi
{
    private static readonly string[] Parties = [Roles.Investor, Roles.Town, Roles.Enterprise];

    public static IEndpointRouteBuilder MapExpoOutcomesApi(this IEndpointRouteBuilder routes)
    {
        var meetings = routes.MapGroup("/api/v1/expo/meetings/{id:guid}").WithTags("Expo outcomes");
        meetings.MapPost("/outcome", RecordAsync).WithName("RecordMeetingOutcome").RequireAuthorization(p => p.RequireRole(Parties))
            .Produces<MeetingOutcomeResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        meetings.MapGet("/outcome", GetAsync).WithName("GetMeetingOutcome").RequireAuthorization(p => p.RequireRole(Parties))
            .Produces<MeetingOutcomeResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    private static async Task<IResult> RecordAsync(Guid id, MeetingOutcomeBody body, HttpRequest http, ExpoOutcomesService.ExpoOutcomesServiceClient outcomes, CancellationToken cancellationToken)
    {
        if (body.Held is not { } held)
        {
            var problems = new RequestProblems();
            problems.Add("held", "is required: true when the meeting took place, false when not");
            return problems.ToResult();
        }

        var view = await outcomes.RecordMeetingOutcomeAsync(
            new RecordMeetingOutcomeRequest
            {
                RequestId = http.Headers["Idempotency-Key"].ToString(),
                MeetingId = id.ToString(),
                Held = held,
                Rating = body.Rating ?? 0,
                NextStep = body.NextStep ?? string.Empty,
                Note = body.Note ?? string.Empty,
            },
            cancellationToken: cancellationToken);
        return Results.Ok(MeetingOutcomeResponse.From(view));
    }

    private static async Task<MeetingOutcomeResponse> GetAsync(Guid id, ExpoOutcomesService.ExpoOutcomesServiceClient outcomes, CancellationToken cancellationToken) =>
        MeetingOutcomeResponse.From(await outcomes.GetMeetingOutcomeAsync(new GetMeetingOutcomeRequest { MeetingId = id.ToString() }, cancellationToken: cancellationToken));
}
