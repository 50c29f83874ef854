using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace JobSentinel.Web.Benchmarks;

/// <summary>
/// A Greenhouse board of any size in the real API's shape (entity-escaped HTML content, salary in
/// prose), with varied titles, companies and locations so de-duplication has real work to do.
/// </summary>
public static class GeneratedBoard
{
    private static readonly string[] Roles = ["Software Engineer", "Data Scientist", "Product Manager", "Site Reliability Engineer", "Frontend Developer",
        "Backend Engineer", "Machine Learning Engineer", "Designer", "Security Engineer", "Engineering Manager"];

    private static readonly string[] Levels = ["", "Senior ", "Staff ", "Principal ", "Junior "];

    private static readonly string[] Places = ["Remote (US)", "Berlin, Germany", "London, UK", "New York, NY", "Hybrid - Amsterdam", "Toronto, Canada"];

    private static readonly string[] Stacks = ["Go, Kubernetes and PostgreSQL", "Python, Spark and Airflow", "TypeScript, React and Node.js",
        "Rust and distributed systems", "Java, Kafka and AWS", "C#, .NET and Azure"];

    private static readonly JsonSerializerOptions GreenhouseStyle = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(int count, int seed = 0)
    {
        var jobs = new List<Dictionary<string, object>>(count);
        for (var i = 0; i < count; i++)
        {
            var n = i + seed;
            var low = 80 + (n % 90);
            var html = $"""
                <h2>About the role</h2><p>Join team {n % 250} to build {Stacks[n % Stacks.Length]}. You will own services end to end,
                review designs, and mentor engineers. We value clear writing &amp; calm on-call.</p>
                <h3>What you will do</h3><ul><li>Design and ship features used by millions</li><li>Improve reliability and latency</li>
                <li>Work with product and design on roadmaps</li><li>Automate everything that repeats</li></ul>
                <h3>Requirements</h3><ul><li>{3 + n % 6}+ years of experience</li><li>Strong {Stacks[(n + 1) % Stacks.Length]}</li>
                <li>Excellent communication</li></ul><p>Compensation: ${low}k - ${low + 40}k plus equity. Benefits: 401(k), health, 30 days off.</p>
                """;
            jobs.Add(new Dictionary<string, object>
            {
                ["id"] = 5_000_000_000L + n,
                ["title"] = $"{Levels[n % Levels.Length]}{Roles[(n / 5) % Roles.Length]} {n / 50}",
                ["company_name"] = $"Company {n % 997}",
                ["absolute_url"] = $"https://boards.greenhouse.io/bench/jobs/{5_000_000_000L + n}?gh_src=benchmark",
                ["location"] = new Dictionary<string, string> { ["name"] = Places[n % Places.Length] },
                ["updated_at"] = "2026-11-20T10:00:00-05:00",
                ["first_published"] = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(n % 30_000).ToString("O", CultureInfo.InvariantCulture),
                ["content"] = System.Net.WebUtility.HtmlEncode(html),
                ["departments"] = new[] { new Dictionary<string, string> { ["name"] = "Engineering" } },
            });
        }

        // Written as Greenhouse writes it: "&lt;p&gt;" with a literal '&' (System.Text.Json's default would send "\u0026lt;p\u0026gt;").
        return JsonSerializer.Serialize(new { jobs, meta = new { total = count } }, GreenhouseStyle);
    }

    public static int Size(string json) => Encoding.UTF8.GetByteCount(json);
}
