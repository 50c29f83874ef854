using System.Xml.Linq;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Sources.Parsing;

namespace JobSentinel.Core.Sources.Rss;

/// <summary>
/// Reads RSS 2.0 and Atom job feeds. We Work Remotely feeds get their extras: "Company: Role"
/// titles, <c>region</c>, <c>type</c> and <c>skills</c>.
/// </summary>
public static class FeedParser
{
    private const string WeWorkRemotelyHost = "weworkremotely.com";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Parses the RSS 2.0 or Atom document served at <paramref name="feedUrl"/> (e.g. <c>GET https://weworkremotely.com/remote-jobs.rss</c>).</summary>
    public static IReadOnlyList<RawPosting> Parse(string xml, string feedUrl)
    {
        var source = $"The feed {feedUrl}";
        var root = SafeXml.Load(xml, source).Root;
        if (root is null)
        {
            throw new SourceFormatException($"{source} answered with an empty XML document.");
        }

        if (root.Name == "rss")
        {
            var channel = root.Element("channel")
                ?? throw new SourceFormatException($"{source} answered with an RSS document without a <channel>.");
            var wwr = IsWeWorkRemotely(feedUrl) || IsWeWorkRemotely(channel.Text("link"));
            return ReadItems(channel.Elements("item"), wwr);
        }

        if (root.Name == Atom + "feed")
        {
            return ReadEntries(root.Elements(Atom + "entry"), IsWeWorkRemotely(feedUrl));
        }

        throw new SourceFormatException($"{source} is not an RSS or Atom feed (its document is <{root.Name.LocalName}>).");
    }

    private static List<RawPosting> ReadItems(IEnumerable<XElement> items, bool wwr)
    {
        var postings = new List<RawPosting>();
        foreach (var item in items)
        {
            var title = item.Text("title");
            var link = item.Text("link");
            var guid = item.Text("guid");
            var id = guid ?? link;
            if (title is null || id is null)
            {
                continue;
            }

            var tags = new List<string>();
            foreach (var category in item.Elements("category"))
            {
                PayloadText.AddDistinct(tags, category.Value);
            }

            // We Work Remotely's skills is a comma-separated list, often empty.
            if (wwr && item.Text("skills") is { } skills)
            {
                foreach (var skill in skills.Split(','))
                {
                    PayloadText.AddDistinct(tags, skill);
                }
            }

            var posting = new RawPosting
            {
                ExternalId = id,
                Title = title,
                Url = link ?? (IsHttp(guid) ? guid : null),
                DescriptionHtml = item.Text("description") ?? item.Text(Content + "encoded"),
                PostedAt = PayloadDates.FromRfc822(item.Text("pubDate")) ?? PayloadDates.FromIso(item.Text(Dc + "date")),
                Tags = tags,
            };

            postings.Add(wwr ? WeWorkRemotelyItem(posting, item) : posting);
        }

        return postings;
    }

    private static List<RawPosting> ReadEntries(IEnumerable<XElement> entries, bool wwr)
    {
        var postings = new List<RawPosting>();
        foreach (var entry in entries)
        {
            var title = entry.Text(Atom + "title");
            var link = AlternateLink(entry);
            var id = entry.Text(Atom + "id") ?? link;
            if (title is null || id is null)
            {
                continue;
            }

            var tags = new List<string>();
            foreach (var category in entry.Elements(Atom + "category"))
            {
                PayloadText.AddDistinct(tags, (string?)category.Attribute("term"));
            }

            var updated = PayloadDates.FromIso(entry.Text(Atom + "updated"));
            var posting = new RawPosting
            {
                ExternalId = id,
                Title = title,
                Url = link,
                DescriptionHtml = Html(entry.Element(Atom + "content")) ?? Html(entry.Element(Atom + "summary")),
                PostedAt = PayloadDates.FromIso(entry.Text(Atom + "published")) ?? updated,
                UpdatedAt = updated,
                Tags = tags,
            };

            postings.Add(wwr ? WeWorkRemotely(posting) : posting);
        }

        return postings;
    }

    private static RawPosting WeWorkRemotelyItem(RawPosting posting, XElement item) =>
        WeWorkRemotely(posting) with
        {
            Location = item.Text("region"),
            EmploymentType = item.Text("type"),
        };

    /// <summary>We Work Remotely lists remote jobs only, and its titles read "Company: Role".</summary>
    private static RawPosting WeWorkRemotely(RawPosting posting)
    {
        var colon = posting.Title.IndexOf(": ", StringComparison.Ordinal);
        var company = colon > 0 ? PayloadText.Clean(posting.Title[..colon]) : null;
        var role = colon > 0 ? PayloadText.Clean(posting.Title[(colon + 2)..]) : null;
        return company is null || role is null
            ? posting with { RemoteFlag = true }
            : posting with { Company = company, Title = role, RemoteFlag = true };
    }

    private static string? AlternateLink(XElement entry)
    {
        foreach (var link in entry.Elements(Atom + "link"))
        {
            var rel = (string?)link.Attribute("rel");
            if (rel is null or "alternate")
            {
                return PayloadText.Clean((string?)link.Attribute("href"));
            }
        }

        return null;
    }

    /// <summary>Atom text constructs: xhtml content is markup inside a div, the other types are text.</summary>
    private static string? Html(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        if ((string?)element.Attribute("type") != "xhtml")
        {
            return PayloadText.Clean(element.Value);
        }

        var container = element.Elements().FirstOrDefault() ?? element;
        return PayloadText.Clean(string.Concat(container.Nodes().Select(node => node.ToString(SaveOptions.DisableFormatting))));
    }

    private static bool IsWeWorkRemotely(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Host.Equals(WeWorkRemotelyHost, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + WeWorkRemotelyHost, StringComparison.OrdinalIgnoreCase));

    private static bool IsHttp(string? value) =>
        value is not null && (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
}
