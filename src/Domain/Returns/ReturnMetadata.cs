namespace Ukspf.Domain.Returns;

/// <summary>What the hidden metadata sheet of a return says it is.</summary>
/// <param name="TemplateVersion">The template version, e.g. "UKSPF-Return-1.0".</param>
/// <param name="Round">The round text, e.g. "2025-26-Q2".</param>
/// <param name="LlaCode">The council the template was generated for.</param>
public sealed record ReturnMetadata(string TemplateVersion, string Round, string LlaCode);
