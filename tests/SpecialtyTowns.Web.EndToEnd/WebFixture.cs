using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using SpecialtyTowns.TestKit;

namespace SpecialtyTowns.Web.EndToEnd;

/// <summary>Starts the whole system and Debian's Chromium once for the page tests.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public SystemUnderTest System { get; } = new("web");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Plain HTTP to the gateway, for setting up data through the REST API.</summary>
    public HttpClient Api { get; private set; } = null!;

    /// <summary>Where screenshots are kept as test artifacts (.local/test-results/screenshots).</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(RepoPaths.Root, ".local", "test-results", "screenshots");

    public async Task InitializeAsync()
    {
        await System.StartAsync();
        Api = new HttpClient { BaseAddress = System.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
        Directory.CreateDirectory(ScreenshotDirectory);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await System.DisposeAsync();
    }

    /// <summary>A fresh browser context (no cookies) in the given language and screen size.</summary>
    public async Task<IPage> NewPageAsync(string culture = "zh-CN", Viewport? viewport = null)
    {
        viewport ??= Viewport.Desktop;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = System.GatewayAddress.ToString(),
            Locale = culture,
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsMobile,
            HasTouch = viewport.IsMobile,
        });
        context.SetDefaultTimeout(15_000);
        if (culture == "en")
        {
            await context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = System.GatewayAddress.ToString() }]);
        }

        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the REST API and returns a bearer client, for setting up data.</summary>
    public async Task<HttpClient> ApiSignInAsync(string email, string password)
    {
        using var response = await Api.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = System.GatewayAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>Signs in through the sign-in page; the browser context keeps the session cookie.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("form.st-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }
}
