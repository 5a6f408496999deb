using SpecialtyTowns.Common.V1;
using SpecialtyTowns.Towns.V1;

namespace SpecialtyTowns.Gateway.Web.Public;

/// <summary>Every town, read page by page from the Towns service (the province has a few dozen).</summary>
public static class TownDirectory
{
    private const int PageSize = 100;

    public static async Task<IReadOnlyList<Town>> AllAsync(TownsService.TownsServiceClient towns, CancellationToken cancellationToken)
    {
        var all = new List<Town>();
        var token = string.Empty;
        do
        {
            var page = await towns.ListTownsAsync(
                new ListTownsRequest { Page = new PageRequest { PageSize = PageSize, PageToken = token } },
                cancellationToken: cancellationToken);
            all.AddRange(page.Towns);
            token = page.Page?.NextPageToken ?? string.Empty;
        }
        while (token.Length > 0);

        return all;
    }
}
