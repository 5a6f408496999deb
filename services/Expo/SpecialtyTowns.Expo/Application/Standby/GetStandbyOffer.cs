using SpecialtyTowns.SharedKernel;

namespace SpecialtyTowns.Expo.Application.Standby;

/// <summary>An offer as its candidate, its partner or the organizer sees it.</summary>
public sealed class GetStandbyOffer(StandbyOfferAccess access, StandbyOfferViews views)
{
    public async Task<StandbyOfferView> ExecuteAsync(Guid offerId, Caller caller, CancellationToken cancellationToken) =>
        await views.OneAsync(await access.ForAsync(offerId, caller, forAnswer: false, cancellationToken), cancellationToken);
}
