using Ukspf.Domain.Councils;
using Ukspf.Domain.Returns;
using Ukspf.Domain.Rounds;
using Ukspf.Workbooks.Filling;
using Ukspf.Workbooks.Template;

namespace Ukspf.Bench.Workloads;

/// <summary>Makes return workbooks the way a council would: the generated template for its round, filled in.</summary>
public static class ReturnFiles
{
    public static byte[] Template(Council council, Round round, decimal capital, decimal revenue)
    {
        using var output = new MemoryStream();
        new ReturnTemplateGenerator().Generate(new TemplateRequest(council, round, capital, revenue, Domain.Catalogue.Catalogue.Default), output);
        return output.ToArray();
    }

    public static byte[] Fill(byte[] template, CouncilReturn ret)
    {
        using var output = new MemoryStream();
        new ReturnFiller().Fill(new MemoryStream(template), ret, output);
        return output.ToArray();
    }
}
