namespace Ukspf.Functions.Hosting.Metadata;

/// <summary>One function as the Functions host sees it: its name (the folder of its function.json and the handler's route) and its bindings.</summary>
/// <param name="Name">The function name.</param>
/// <param name="Trigger">What starts it.</param>
/// <param name="Outputs">Its output bindings.</param>
public sealed record FunctionDefinition(string Name, BindingDefinition Trigger, IReadOnlyList<BindingDefinition> Outputs)
{
    /// <summary>The trigger followed by the outputs, in function.json order.</summary>
    public IEnumerable<BindingDefinition> Bindings => Outputs.Prepend(Trigger);
}
