using System.Text.Json;
using Microsoft.Playwright;

namespace SpecialtyTowns.Bench.Web;

/// <summary>
/// Counts what Chromium's network layer received, from the DevTools protocol's events: the
/// encodedDataLength of every finished request (headers and body as sent), plus what requests
/// still loading have received so far (a streamed page is usable before its last byte).
/// </summary>
internal sealed class TrafficMeter
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _inFlight = [];
    private long _finished;
    private int _requests;
    private int _compressed;

    public void Attach(ICDPSession session)
    {
        session.Event("Network.requestWillBeSent").OnEvent += (_, e) => OnRequest(e);
        session.Event("Network.responseReceived").OnEvent += (_, e) => OnResponse(e);
        session.Event("Network.dataReceived").OnEvent += (_, e) => OnData(e);
        session.Event("Network.loadingFinished").OnEvent += (_, e) => OnFinished(e, failed: false);
        session.Event("Network.loadingFailed").OnEvent += (_, e) => OnFinished(e, failed: true);
    }

    public void Reset()
    {
        lock (_lock)
        {
            _inFlight.Clear();
            _finished = 0;
            _requests = 0;
            _compressed = 0;
        }
    }

    /// <summary>Bytes received so far, finished requests and those still loading.</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                return _finished + _inFlight.Values.Sum();
            }
        }
    }

    public int Requests
    {
        get
        {
            lock (_lock)
            {
                return _requests;
            }
        }
    }

    /// <summary>Responses that came with a Content-Encoding (br, gzip): to check the negotiation.</summary>
    public int CompressedResponses
    {
        get
        {
            lock (_lock)
            {
                return _compressed;
            }
        }
    }

    private void OnRequest(JsonElement? e)
    {
        if (e is not { } args || !args.TryGetProperty("requestId", out var id))
        {
            return;
        }

        lock (_lock)
        {
            // A redirect reuses its request id: what the first response carried stays counted.
            _requests++;
            _inFlight.TryAdd(id.GetString()!, 0);
        }
    }

    private void OnResponse(JsonElement? e)
    {
        if (e is not { } args || !args.TryGetProperty("response", out var response) || !response.TryGetProperty("headers", out var headers))
        {
            return;
        }

        var encoded = headers.EnumerateObject().Any(h => h.Name.Equals("content-encoding", StringComparison.OrdinalIgnoreCase)
            && h.Value.GetString() is "br" or "gzip" or "deflate" or "zstd");
        if (encoded)
        {
            lock (_lock)
            {
                _compressed++;
            }
        }
    }

    private void OnData(JsonElement? e)
    {
        if (e is not { } args || !args.TryGetProperty("requestId", out var id) || !args.TryGetProperty("encodedDataLength", out var length))
        {
            return;
        }

        lock (_lock)
        {
            var key = id.GetString()!;
            _inFlight[key] = _inFlight.GetValueOrDefault(key) + (long)length.GetDouble();
        }
    }

    private void OnFinished(JsonElement? e, bool failed)
    {
        if (e is not { } args || !args.TryGetProperty("requestId", out var id))
        {
            return;
        }

        lock (_lock)
        {
            var key = id.GetString()!;
            var partial = _inFlight.GetValueOrDefault(key);
            _inFlight.Remove(key);
            // The final count includes the headers the chunks did not; a failed request keeps what arrived.
            _finished += !failed && args.TryGetProperty("encodedDataLength", out var total) ? Math.Max(partial, (long)total.GetDouble()) : partial;
        }
    }
}
