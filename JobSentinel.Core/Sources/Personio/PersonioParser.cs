using System.Net;
using System.Text;
using System.Xml.Linq;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Personio;

/// <summary>Reads a company's Personio XML job feed (<c>&lt;workzag-jobs&gt;</c>).</summary>
public static class PersonioParser
{
    /// <summary>Parses <c>GET https://{company}.jobs.personio.de/xml?language=en</c>.</summary>
    public static IReadOnlyList<RawPosting> Parse(string xml, string company)
    {
        var slug = company.Trim();
        var source = $"Personio ({slug})";
        var root = SafeXml.Load(xml, source).Root;
        if (root?.Name != "workzag-jobs")
        {
            throw new SourceFormatException($"{source} answered with XML that is not a Personio job feed (no <workzag-jobs>).");
        }

        var postings = new List<RawPosting>();
        foreach (var position in root.Elements("position"))
        {
            if (Read(position, slug) is { } posting)
            {
                postings.Add(posting);
            }
        }

        return postings;
    }

    private static RawPosting? Read(XElement position, string slug)
    {
        var id = position.Text("id");
        var title = position.Text("name");
        if (id is null || title is null)
        {
            return null;
        }

        var office = position.Text("office");
        var locations = new List<string>();
        PayloadText.AddDistinct(locations, office);
        foreach (var additional in position.Element("additionalOffices")?.Elements("office") ?? [])
        {
            PayloadText.AddDistinct(locations, additional.Value);
        }

        var tags = new List<string>();
        foreach (var keyword in position.Text("keywords")?.Split(',') ?? [])
        {
            PayloadText.AddDistinct(tags, keyword);
        }

        return new RawPosting
        {
            ExternalId = id,
            Title = title,
            Company = position.Text("subcompany") ?? slug,
            Location = office ?? (locations.Count > 0 ? locations[0] : null),
            Locations = locations,
            Department = position.Text("department"),
            Url = $"https://{slug}.jobs.personio.de/job/{Uri.EscapeDataString(id)}",
            DescriptionHtml = Description(position),
            PostedAt = PayloadDates.FromIso(position.Text("createdAt")),
            EmploymentType = EmploymentType(position.Text("employmentType"), position.Text("schedule")),
            Tags = tags,
        };
    }

    /// <summary>Each section becomes <c>&lt;h3&gt;name&lt;/h3&gt;value</c>; the value is already HTML (CDATA in the feed).</summary>
    private static string? Description(XElement position)
    {
        var html = new StringBuilder();
        foreach (var section in position.Element("jobDescriptions")?.Elements("jobDescription") ?? [])
        {
            var value = section.Text("value");
            if (value is null)
            {
                continue;
            }

            if (section.Text("name") is { } heading)
            {
                html.Append("<h3>").Append(WebUtility.HtmlEncode(heading)).Append("</h3>");
            }

            html.Append(value);
        }

        return html.Length == 0 ? null : html.ToString();
    }

    // Personio splits the contract ("permanent", "intern") from the hours ("full-time"); both matter.
    private static string? EmploymentType(string? employmentType, string? schedule) =>
        employmentType is not null && schedule is not null ? $"{employmentType}, {schedule}" : employmentType ?? schedule;
}
