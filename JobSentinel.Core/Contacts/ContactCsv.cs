using System.Text;

namespace JobSentinel.Core.Contacts;

/// <summary>One data row of a contacts CSV, mapped to a draft, with its line number in the file.</summary>
public sealed record ContactCsvRow(int Line, ContactDraft Draft);

/// <summary>The file as a whole cannot be read (encoding, quoting, header): nothing is imported.</summary>
public sealed class ContactCsvException(string message) : Exception(message);

/// <summary>
/// Reads a contacts CSV (RFC 4180: quoted fields with "" escapes and line breaks inside, CRLF or LF, UTF-8 with or
/// without BOM, comma or semicolon). The header row names the columns in any of the usual ways ("Full name",
/// "First name" + "Last name", "E-mail", "Organization", "Title", "LinkedIn", ...).
/// </summary>
public static class ContactCsv
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 10_000;

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["name"] = "name", ["full name"] = "name", ["fullname"] = "name", ["contact"] = "name", ["contact name"] = "name", ["display name"] = "name",
        ["first name"] = "first", ["firstname"] = "first", ["given name"] = "first",
        ["last name"] = "last", ["lastname"] = "last", ["surname"] = "last", ["family name"] = "last",
        ["email"] = "email", ["e mail"] = "email", ["email address"] = "email", ["e mail address"] = "email", ["mail"] = "email",
        ["company"] = "company", ["organization"] = "company", ["organisation"] = "company", ["employer"] = "company", ["company name"] = "company",
        ["role"] = "role", ["title"] = "role", ["position"] = "role", ["job title"] = "role", ["headline"] = "role",
        ["linkedin"] = "links", ["linkedin url"] = "links", ["linkedin profile"] = "links", ["url"] = "links", ["urls"] = "links",
        ["link"] = "links", ["links"] = "links", ["website"] = "links", ["profile url"] = "links", ["github"] = "links",
        ["notes"] = "notes", ["note"] = "notes", ["comments"] = "notes", ["comment"] = "notes",
    };

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The rows of <paramref name="content"/> as drafts; throws <see cref="ContactCsvException"/> naming the problem.</summary>
    public static IReadOnlyList<ContactCsvRow> Parse(ReadOnlySpan<byte> content)
    {
        if (content.Length > MaxBytes)
        {
            throw new ContactCsvException($"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(content.StartsWith(Bom) ? content[3..] : content);
        }
        catch (DecoderFallbackException)
        {
            throw new ContactCsvException("The file is not UTF-8 text. Save it as CSV UTF-8 and import it again.");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ContactCsvException("The file is not a CSV text file (it contains binary data).");
        }

        var records = ReadRecords(text);
        if (records.Count == 0 || records[0].Fields.All(string.IsNullOrWhiteSpace))
        {
            throw new ContactCsvException("The file is empty: expected a header row (name, email, company, role, linkedin, notes) and one row per contact.");
        }

        var header = records[0].Fields.Select(h => Columns.GetValueOrDefault(HeaderKey(h))).ToArray();
        if (!header.Contains("name") && !(header.Contains("first") || header.Contains("last")))
        {
            throw new ContactCsvException(
                $"The header row has no name column (name, full name, or first name and last name). It reads: {string.Join(", ", records[0].Fields)}.");
        }

        if (records.Count - 1 > MaxRows)
        {
            throw new ContactCsvException($"The file has {records.Count - 1} rows; at most {MaxRows} can be imported at once.");
        }

        List<ContactCsvRow> rows = [];
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (fields.Count > header.Length && fields.Skip(header.Length).Any(f => !string.IsNullOrWhiteSpace(f)))
            {
                throw new ContactCsvException($"Line {line} has {fields.Count} fields but the header has {header.Length}; check its quotes and separators.");
            }

            rows.Add(new ContactCsvRow(line, ToDraft(header, fields)));
        }

        return rows;
    }

    private static ContactDraft ToDraft(string?[] header, List<string> fields)
    {
        string? Get(string column) => string.Join(" ", Enumerable.Range(0, Math.Min(header.Length, fields.Count))
            .Where(i => header[i] == column && !string.IsNullOrWhiteSpace(fields[i])).Select(i => fields[i].Trim())) is { Length: > 0 } value ? value : null;

        var name = Get("name") ?? string.Join(" ", new[] { Get("first"), Get("last") }.OfType<string>());
        var links = Enumerable.Range(0, Math.Min(header.Length, fields.Count)).Where(i => header[i] == "links")
            .SelectMany(i => fields[i].Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        return new ContactDraft
        {
            Name = name,
            Email = Get("email") ?? "",
            Company = Get("company") ?? "",
            Role = Get("role") ?? "",
            Notes = Get("notes") ?? "",
            Links = links,
        };
    }

    private static string HeaderKey(string header) =>
        string.Join(' ', header.Trim().ToLowerInvariant().Split(['_', '-', ' ', '.', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<(int Line, List<string> Fields)> ReadRecords(string text)
    {
        var separator = DetectSeparator(text);
        List<(int, List<string>)> records = [];
        List<string> fields = [];
        StringBuilder field = new();
        var line = 1;
        var recordLine = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0)
            {
                var openedOn = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new ContactCsvException($"Line {openedOn}: a quoted field is never closed (a \" is missing).");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (text[i] == '\n')
                    {
                        line++;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != separator && text[i] != '\r' && text[i] != '\n')
                {
                    throw new ContactCsvException($"Line {line}: unexpected text after a closing quote; quotes inside a field must be doubled (\"\").");
                }

                continue;
            }

            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields));
                fields = [];
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields));
        }

        return records;
    }

    // Excel in many locales writes semicolons: the header decides.
    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') > header.Count(c => c == ',') ? ';' : ',';
    }
}
