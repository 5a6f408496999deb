using SpecialtyTowns.Enterprises.Domain.Chains;

namespace SpecialtyTowns.Enterprises.Application.Chains;

/// <summary>A node with how many open or in-talks gaps point at it.</summary>
public sealed record ChainNodeView(ChainNode Node, int OpenGapCount);
