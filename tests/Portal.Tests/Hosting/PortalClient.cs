using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Ukspf.Portal.Tests.Hosting;

/// <summary>A browser without JavaScript: keeps cookies, reads pages with AngleSharp, and posts forms with their antiforgery token.</summary>
internal sealed class PortalClient(HttpClient http, PortalHost host) : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    public HttpClient Http { get; } = http;

    public PortalHost Host { get; } = host;

    public async Task SignInAsync(string email)
    {
        var response = await PostFormAsync("/sign-in", "/sign-in", new() { ["email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<IHtmlDocument> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await DocumentAsync(response);
    }

    public static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>An antiforgery token as <paramref name="page"/> gives it to this user.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var document = await PageAsync(page);
        return document.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value") ?? throw new InvalidOperationException($"{page} has no form token.");
    }

    /// <summary>Posts a form with the token <paramref name="tokenPage"/> gives (none when null).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string? tokenPage, Dictionary<string, string> fields)
    {
        if (tokenPage is not null) fields[TokenField] = await TokenAsync(tokenPage);
        return await Http.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a file as an upload form does: the token first (from <paramref name="tokenPage"/>, none when null), then the file.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, string? tokenPage, string field, string fileName, byte[] bytes)
    {
        var form = new MultipartFormDataContent();
        if (tokenPage is not null) form.Add(new StringContent(await TokenAsync(tokenPage)), TokenField);
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return await Http.PostAsync(url, form);
    }

    public void Dispose() => Http.Dispose();
}
