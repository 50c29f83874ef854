using System.Text.RegularExpressions;

namespace JobSentinel.Core.Resumes;

/// <summary>
/// Reads the roles of an experience section. A role starts at a line with a date range, or at the heading lines
/// (title, company) just above one; its heading is those lines, its bullets what follows until the next role.
/// Layouts that put the dates first ("2017 – Present" then "Product Manager, Google") are told apart from those that
/// put them after the title by where the first range sits.
/// </summary>
internal static partial class RoleParser
{
    private static readonly string[] CityPrefixes = ["San", "Santa", "Los", "Las", "New", "El", "Fort", "Saint", "St.", "Palo", "Menlo", "Mountain", "Redwood", "Salt", "Rio", "Hong", "Tel", "Kuala", "Buenos", "Mexico", "Cape"];

    public static List<ParsedRole> Parse(IReadOnlyList<ResumeLine> section)
    {
        var (lines, description) = JoinSplitRanges(section);
        var ranges = lines.Select((l, i) => description[i] || ResumeLines.IsBullet(l) ? null : ResumeDates.FindRange(l)).ToArray();
        var layout = RoleLayout.Of(lines, ranges, description);

        List<ParsedRole> roles = [];
        List<string> header = [];
        List<string> body = [];
        DateRange? dates = null;
        var inRole = false;
        for (var i = 0; i < lines.Count;)
        {
            if (layout.StartsRole(i, inRole && body.Count > 0))
            {
                if (inRole)
                {
                    roles.Add(Build(header, dates, body));
                }

                header = [];
                body = [];
                i = layout.ReadHeader(i, header, out dates);
                inRole = true;
                continue;
            }

            if (inRole)
            {
                body.Add(lines[i]);
            }

            i++;
        }

        if (inRole)
        {
            roles.Add(Build(header, dates, body));
        }

        return roles;
    }

    /// <summary>
    /// Puts a range that the layout split over two lines back on one line. The second line of a date column also
    /// carries the first line of the role's description, which is kept as a line of its own and flagged, so that it
    /// is never read as heading however capitalised it is.
    /// </summary>
    private static (List<string> Lines, List<bool> Description) JoinSplitRanges(IReadOnlyList<ResumeLine> section)
    {
        List<string> lines = new(section.Count);
        List<bool> description = new(section.Count);
        for (var i = 0; i < section.Count; i++)
        {
            var text = section[i].Text;
            var next = i + 1 < section.Count ? section[i + 1].Text : null;
            if (next is not null && !ResumeLines.IsBullet(text) && ResumeDates.FindColumnRange(text, next) is { } column)
            {
                lines.Add($"{column.Text} {column.Heading}");
                description.Add(false);
                if (column.Description.Length > 0)
                {
                    lines.Add(column.Description);
                    description.Add(true);
                }

                i++;
                continue;
            }

            if (next is not null && ResumeDates.EndsWithOpenRange(text) && ResumeDates.StartsWithDateOrOngoing(next))
            {
                text = $"{text} {next}";
                i++;
            }

            lines.Add(text);
            description.Add(false);
        }

        return (lines, description);
    }

    private static ParsedRole Build(List<string> header, DateRange? dates, List<string> body)
    {
        var (title, company) = TitleAndCompany(header);
        var role = new ResumeRole(
            title,
            company,
            dates?.Start.ToDateOnly(),
            dates?.End?.ToDateOnly(),
            dates?.Current ?? false,
            dates?.Text ?? "",
            Bullets(body));
        return new ParsedRole(role, dates);
    }

    private static (string Title, string? Company) TitleAndCompany(List<string> header)
    {
        if (header.Count == 0)
        {
            return ("", null);
        }

        var (title, company) = Split(header[0]);
        if (company is null && header.Count > 1)
        {
            company = WithoutTrailingCity(header[1], Split(header[1]).First);
        }

        // "Acme Corp | Senior Engineer", or the company's line above the title's.
        if (company is not null && !RoleText.HasTitleWord(title) && (RoleText.HasTitleWord(company) || RoleText.HasCompanyWord(title)))
        {
            (title, company) = (company, title);
        }

        return (title, company);
    }

    private static (string First, string? Second) Split(string text)
    {
        var at = TitleAtCompany().Match(text);
        if (at.Success)
        {
            return (at.Groups["title"].Value.Trim(), Split(at.Groups["company"].Value).First);
        }

        var parts = PartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        return parts.Length switch
        {
            0 => ("", null),
            1 => (parts[0], null),
            _ => (parts[0], parts[1]),
        };
    }

    // "Stripe San Francisco, CA": a company line whose place was right-aligned and extracted with a single space.
    private static string WithoutTrailingCity(string line, string company)
    {
        if (!TrailingRegion().IsMatch(line))
        {
            return company;
        }

        var words = company.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || RoleText.HasCompanyWord(words[^1]))
        {
            return company;
        }

        var keep = words.Length - 1;
        if (keep > 1 && CityPrefixes.Contains(words[keep - 1], StringComparer.OrdinalIgnoreCase))
        {
            keep--;
        }

        return string.Join(' ', words[..keep]);
    }

    private static List<string> Bullets(List<string> body)
    {
        List<string> items = [];
        if (body.Any(ResumeLines.IsBullet))
        {
            foreach (var line in body)
            {
                if (ResumeLines.IsBullet(line) || items.Count == 0)
                {
                    items.Add(ResumeLines.StripBullet(line));
                }
                else
                {
                    items[^1] = ResumeLines.Join(items[^1], line);
                }
            }

            return items;
        }

        // Prose descriptions: each sentence plays the part of a bullet.
        var paragraph = body.Aggregate("", ResumeLines.Join);
        items.AddRange(SentenceBreak().Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0));
        return items;
    }


    [GeneratedRegex(@",\s*(?:[A-Z]{2}|USA|UK|Remote)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRegion();

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|@)\s+(?<company>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleAtCompany();

    [GeneratedRegex(@"\s*(?:\||•|·|,|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[\p{Lu}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
