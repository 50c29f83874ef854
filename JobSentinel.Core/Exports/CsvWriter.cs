using System.Globalization;

namespace JobSentinel.Core.Exports;

/// <summary>
/// RFC 4180 CSV: fields with separators, quotes or line breaks are quoted. Text that a spreadsheet
/// would run as a formula (=, +, -, @ first) is prefixed with an apostrophe: board data is untrusted.
/// </summary>
public sealed class CsvWriter(TextWriter writer)
{
    public Task WriteRowAsync(IEnumerable<object?> fields) =>
        writer.WriteAsync(string.Join(',', fields.Select(Format)) + "\r\n");

    public static string Format(object? value)
    {
        var text = value switch
        {
            null => "",
            DateTime date => date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
