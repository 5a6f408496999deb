namespace SpecialtyTowns.Expo.Scheduling.Solving;

// TEMPORARY diagnostics (wp15): removed before the final commit.
internal static class SolverTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("EXPO_TRACE") == "1";
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    public static void Write(string text)
    {
        if (On)
        {
            Console.Error.WriteLine($"[{Clock.Elapsed.TotalSeconds,7:0.00}] {text}");
        }
    }
}
