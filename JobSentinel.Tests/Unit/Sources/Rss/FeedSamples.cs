namespace JobSentinel.Tests.Unit.Sources.Rss;

/// <summary>Feeds in the shapes job boards serve: We Work Remotely's RSS, a generic RSS 2.0 feed, an Atom feed.</summary>
internal static class FeedSamples
{
    public const string WwrUrl = "https://weworkremotely.com/categories/remote-programming-jobs.rss";

    public const string GenericUrl = "https://jobs.example.org/feed.rss";

    public const string AtomUrl = "https://careers.example.com/jobs.atom";

    public const string Wwr = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss">
          <channel>
            <title>We Work Remotely: Remote Programming Jobs</title>
            <link>https://weworkremotely.com/categories/remote-programming-jobs.rss</link>
            <item>
              <media:content url="https://wwr-pro.s3.amazonaws.com/logos/0171/1111/logo.gif" type="image/png"/>
              <title>Nimbus Labs: Senior Elixir Developer</title>
              <region>Europe Only</region>
              <country>Germany</country>
              <skills>Elixir, Phoenix,PostgreSQL</skills>
              <category>Back-End Programming</category>
              <type>Full-Time</type>
              <description>&lt;p&gt;&lt;strong&gt;Headquarters:&lt;/strong&gt; Berlin&lt;/p&gt;&lt;p&gt;Build our realtime sync.&lt;/p&gt;</description>
              <pubDate>Mon, 06 Jul 2026 09:15:00 +0200</pubDate>
              <expires_at>Wed, 05 Aug 2026 09:15:00 +0200</expires_at>
              <dc:creator>Nimbus Labs</dc:creator>
              <guid>https://weworkremotely.com/remote-jobs/nimbus-labs-senior-elixir-developer</guid>
              <link>https://weworkremotely.com/remote-jobs/nimbus-labs-senior-elixir-developer</link>
            </item>
            <item>
              <title>Plainfield: Support Engineer</title>
              <region>Anywhere in the World</region>
              <skills></skills>
              <category>Customer Support</category>
              <type>Contract</type>
              <description>&lt;p&gt;No logo here.&lt;/p&gt;</description>
              <pubDate>Mon, 06 Jul 2026 08:00:00 GMT</pubDate>
              <guid>https://weworkremotely.com/remote-jobs/plainfield-support-engineer</guid>
              <link>https://weworkremotely.com/remote-jobs/plainfield-support-engineer</link>
            </item>
          </channel>
        </rss>
        """;

    public const string Generic = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Example.org jobs</title>
            <link>https://jobs.example.org/</link>
            <item>
              <title>Update: Data Engineer</title>
              <link>https://jobs.example.org/jobs/42</link>
              <guid isPermaLink="false">job-42</guid>
              <pubDate>Tue, 7 Jul 26 14:30 EST</pubDate>
              <category>Data</category>
              <category>Python</category>
              <description>&lt;p&gt;Pipelines &amp;amp; dashboards.&lt;/p&gt;</description>
              <dc:creator>HR Team</dc:creator>
            </item>
            <item>
              <title>Analyst</title>
              <link>https://jobs.example.org/jobs/43</link>
              <dc:date>2026-07-08T10:00:00+01:00</dc:date>
            </item>
            <item>
              <link>https://jobs.example.org/jobs/44</link>
              <description>An item without a title.</description>
            </item>
            <item>
              <title>An item without a link or guid</title>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example careers</title>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-07-09T12:00:00Z</updated>
          <entry>
            <title>Platform Engineer</title>
            <link rel="self" href="https://careers.example.com/api/jobs/7"/>
            <link rel="alternate" type="text/html" href="https://careers.example.com/jobs/7"/>
            <id>tag:careers.example.com,2026:job-7</id>
            <published>2026-07-08T09:00:00-04:00</published>
            <updated>2026-07-09T10:00:00Z</updated>
            <category term="Infrastructure"/>
            <summary>Short summary.</summary>
            <content type="html">&lt;p&gt;Run our &lt;b&gt;Kubernetes&lt;/b&gt; fleet.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Designer</title>
            <link href="https://careers.example.com/jobs/8"/>
            <id>tag:careers.example.com,2026:job-8</id>
            <updated>2026-07-07T08:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Shape the <em>product</em>.</p></div></content>
          </entry>
        </feed>
        """;
}
