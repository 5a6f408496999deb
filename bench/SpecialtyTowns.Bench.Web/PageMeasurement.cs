namespace SpecialtyTowns.Bench.Web;

/// <summary>
/// One load of one page: bytes over the wire (encoded, headers included) until the page was usable
/// and until its network went quiet, and the time from navigation to usable.
/// </summary>
internal sealed record PageMeasurement(
    int Status,
    long BytesUntilUsable,
    long BytesTotal,
    int Requests,
    int CompressedResponses,
    TimeSpan UntilUsable,
    string? Failure)
{
    public bool Usable => Failure is null;
}
