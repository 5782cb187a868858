using FsCheck;
using FsCheck.Fluent;
using Ukspf.Workbooks.Reading;
using Xunit;

namespace Ukspf.Workbooks.Tests.Reading;

public class DamagedFilePropertyTests
{
    private static readonly byte[] Filled = Tests.Filling.Filled.Workbook();

    private static readonly Gen<Damage> Damages =
        Gen.Choose(0, 2).SelectMany(kind =>
        Gen.Choose(1, Filled.Length - 1).SelectMany(at =>
        Gen.Choose(0, 255).Select(value => new Damage(kind, at, (byte)value))));

    [Fact]
    public void A_damaged_file_is_read_or_refused_but_never_throws_anything_else()
    {
        var property = Prop.ForAll(Damages.ToArbitrary(), damage =>
        {
            try
            {
                new ReturnReader().Read(new MemoryStream(damage.Apply(Filled)), "return.xlsx");
            }
            catch (WorkbookRejectedException e)
            {
                return e.Message.Length > 0;
            }
            return true;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }

    /// <summary>Truncation (kind 0), one byte overwritten (1), or a run of 64 bytes overwritten (2).</summary>
    public sealed record Damage(int Kind, int At, byte Value)
    {
        public byte[] Apply(byte[] file)
        {
            if (Kind == 0) return file[..At];
            var copy = (byte[])file.Clone();
            var end = Kind == 1 ? At + 1 : Math.Min(copy.Length, At + 64);
            for (var i = At; i < end; i++) copy[i] = Value;
            return copy;
        }
    }
}
