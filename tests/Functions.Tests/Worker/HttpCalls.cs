using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace Ukspf.Functions.Tests.Worker;

/// <summary>Requests as ASP.NET Core hands them to an HTTP-triggered function, and the JSON a result would send.</summary>
internal static class HttpCalls
{
    public static HttpRequest Request(string method, string? body = null, string query = "") => Request(method, body is null ? null : Encoding.UTF8.GetBytes(body), query);

    public static HttpRequest Request(string method, byte[]? body, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query);
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
        }

        return context.Request;
    }

    /// <summary>The status code and the body serialised as the worker's ASP.NET Core integration would (web defaults).</summary>
    public static (int Status, JsonElement Body) Sent(IActionResult result)
    {
        var objectResult = Assert.IsAssignableFrom<ObjectResult>(result);
        var json = JsonSerializer.SerializeToElement(objectResult.Value, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return (objectResult.StatusCode ?? StatusCodes.Status200OK, json);
    }
}
