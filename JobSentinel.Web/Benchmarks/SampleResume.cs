using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace JobSentinel.Web.Benchmarks;

/// <summary>A realistic two-page resume rendered as a PDF, and a job description to score it against, for the analysis benchmarks.</summary>
internal static class SampleResume
{
    public const string JobDescription = """
        Senior Backend Engineer

        We build the payments platform used by thousands of merchants. You will design and operate services in Go and Python
        on Kubernetes, backed by PostgreSQL and Kafka, and help us scale to the next 10x.

        Requirements
        - 5+ years of experience building backend services
        - Strong Go or Python, REST APIs and gRPC
        - PostgreSQL, Redis and Kafka in production
        - Docker, Kubernetes and Terraform on AWS
        - Bachelor's degree in Computer Science or equivalent experience

        Nice to have
        - Experience with payments or fintech
        - Rust, Prometheus, Grafana
        - Mentoring engineers and leading design reviews
        """;

    private static readonly string[] Roles =
    [
        "Senior Software Engineer, Northwind Payments|Jan 2021 – Present",
        "Software Engineer, Contoso Cloud|Jun 2017 – Dec 2020",
        "Junior Developer, Fabrikam Retail|Jul 2015 – May 2017",
    ];

    private static readonly string[] Bullets =
    [
        "Designed and shipped a Go payment-routing service on Kubernetes handling 4,000 requests per second at 35 ms p99",
        "Cut PostgreSQL query latency by 60% by redesigning indexes and partitioning the ledger tables",
        "Built Kafka consumers in Python that reconcile 2 million transactions a day with zero data loss",
        "Led the migration of 40 services from EC2 to EKS with Terraform, saving $180k a year in AWS costs",
        "Introduced Prometheus and Grafana dashboards and SLOs, reducing incident detection time from 20 to 3 minutes",
        "Mentored 5 engineers and ran weekly design reviews for the platform team",
        "Implemented gRPC and REST APIs consumed by 12 internal teams and 300 merchants",
        "Automated CI/CD pipelines with GitHub Actions and Docker, shortening releases from days to 20 minutes",
    ];

    /// <summary>The resume as lines, about 650 words over two A4 pages.</summary>
    public static IReadOnlyList<string> Lines()
    {
        List<string> lines =
        [
            "Alex Morgan",
            "alex.morgan@example.com | +1 415 555 0134 | San Francisco, CA | linkedin.com/in/alexmorgan | github.com/alexmorgan",
            "",
            "SUMMARY",
            "Backend engineer with 9 years of experience building reliable payment and cloud platforms in Go, Python and PostgreSQL.",
            "",
            "EXPERIENCE",
        ];
        foreach (var role in Roles)
        {
            var parts = role.Split('|');
            lines.Add(parts[0]);
            lines.Add(parts[1]);
            lines.AddRange(Bullets.Select(b => "• " + b));
            lines.Add("");
        }

        lines.AddRange(
        [
            "EDUCATION",
            "B.S. Computer Science, University of Washington, 2011 – 2015",
            "",
            "SKILLS",
            "Go, Python, Java, SQL, PostgreSQL, Redis, Kafka, Docker, Kubernetes, Terraform, AWS, GCP, gRPC, REST APIs, Prometheus, Grafana, Linux",
            "",
            "PROJECTS",
            "Open-source rate limiter for Go services with 1,200 GitHub stars",
            "",
            "CERTIFICATIONS",
            "AWS Certified Solutions Architect – Associate",
        ]);
        return lines;
    }

    /// <summary>The resume as a two-page PDF (Helvetica 10 pt, lines wrapped at 95 characters).</summary>
    public static byte[] Pdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        PdfPageBuilder? page = null;
        double y = 0;
        foreach (var line in Lines().SelectMany(Wrap))
        {
            if (page is null || y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                y = 800;
            }

            var heading = line.Length > 0 && line == line.ToUpperInvariant() && line.Any(char.IsLetter);
            page.AddText(line, heading ? 12 : 10, new PdfPoint(50, y), heading ? bold : font);
            y -= line.Length == 0 ? 8 : 15;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string line)
    {
        const int width = 95;
        while (line.Length > width)
        {
            var cut = line.LastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            yield return line[..cut];
            line = "  " + line[(cut + 1)..];
        }

        yield return line;
    }
}
