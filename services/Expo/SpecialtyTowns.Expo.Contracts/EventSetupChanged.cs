using MassTransit;

namespace SpecialtyTowns.Expo.Contracts;

/// <summary>The organizer changed the event's set-up (What: settings | hall | tables | session | slot | interpreter).</summary>
[MessageUrn("specialtytowns:expo:event-setup-changed:v1")]
[EntityName("specialtytowns.expo.event-setup-changed.v1")]
public sealed record EventSetupChanged(Guid EventId, string What, IReadOnlyList<Guid> Ids);
