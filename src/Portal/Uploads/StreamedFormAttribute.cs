using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Ukspf.Portal.Uploads;

/// <summary>
/// Keeps model binding off the request body of a page that reads its form with <see cref="StreamedUploadReader"/>:
/// the form value providers would otherwise read (and buffer) the whole form before the page could check it.
/// Route values still bind.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class StreamedFormAttribute : Attribute, IResourceFilter
{
    /// <inheritdoc />
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    /// <inheritdoc />
    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
