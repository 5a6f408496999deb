using System.Net;

namespace SpecialtyTowns.EndToEnd;

/// <summary>Asks the gateway whether a service's read model has a town yet.</summary>
public static class ReadModelProbe
{
    public static async Task<bool> HasTownAsync(HttpClient gateway, string path)
    {
        using var response = await gateway.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }
}
