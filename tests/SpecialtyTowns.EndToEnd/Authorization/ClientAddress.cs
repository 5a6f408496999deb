using System.Net;
using System.Net.Sockets;

namespace SpecialtyTowns.EndToEnd.Authorization;

/// <summary>
/// HTTP clients that connect from another loopback address (127.0.0.0/8 is all local on
/// Linux), so that the gateway sees different clients without trusting forwarded headers.
/// </summary>
public static class ClientAddress
{
    public static HttpClient From(Uri gateway, string sourceAddress)
    {
        var source = new IPEndPoint(IPAddress.Parse(sourceAddress), 0);
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(source);
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
    }
}
