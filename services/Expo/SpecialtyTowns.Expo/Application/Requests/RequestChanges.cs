using Microsoft.EntityFrameworkCore;
using SpecialtyTowns.Expo.Application.Access;
using SpecialtyTowns.Expo.Domain.Participants;
using SpecialtyTowns.Expo.Domain.Requests;
using SpecialtyTowns.Expo.Infrastructure;
using SpecialtyTowns.Idempotency;
using SpecialtyTowns.SharedKernel;
using SpecialtyTowns.SharedKernel.Errors;

namespace SpecialtyTowns.Expo.Application.Requests;

/// <summary>
/// The unit of work every change of a request runs in: idempotent by the client's key, and run
/// again from a fresh read when another answer to the same request committed first (the
/// request's version), so two parties answering at once both count and exactly one meeting results.
/// </summary>
public sealed class RequestChanges(ExpoDbContext db, IIdempotency idempotency, EventAccess access, ILogger<RequestChanges> logger)
{
    private const int Attempts = 8;

    public async Task<Guid> RunAsync<TCommand>(Caller caller, string operation, TCommand command, Func<CancellationToken, Task<Guid>> change, CancellationToken cancellationToken)
        where TCommand : IIdempotentCommand
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await idempotency.ExecuteAsync(caller, operation, command, change, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogInformation("{Operation} met a concurrent change of the request; attempt {Attempt} again", operation, attempt + 1);
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>The request and the caller's participant, which must be one of its parties (anyone else: 404) and approved.</summary>
    public async Task<(MeetingRequest Request, Participant Party)> PartyRequestAsync(Guid requestId, Caller caller, CancellationToken cancellationToken)
    {
        var request = await db.MeetingRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            ?? throw new NotFoundException("MeetingRequest", requestId.ToString());
        var own = await access.OwnParticipantAsync(request.EventId, caller, cancellationToken);
        if (own is null || !request.PartyIds.Contains(own.Id))
        {
            throw new NotFoundException("MeetingRequest", requestId.ToString());
        }

        if (!own.IsApproved)
        {
            throw new BusinessRuleException("participant-not-approved", $"The registration is {own.Status}; only approved participants answer requests");
        }

        return (request, own);
    }
}
