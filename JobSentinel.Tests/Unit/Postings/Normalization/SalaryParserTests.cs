using System.Globalization;
using JobSentinel.Core.Postings;
using JobSentinel.Core.Postings.Normalization;

namespace JobSentinel.Tests.Unit.Postings.Normalization;

public sealed class SalaryParserTests
{
    [Theory]
    [InlineData("$75k - $105k", "75000", "105000", "USD", SalaryPeriod.Year)]
    [InlineData("$34.62/hour", "34.62", "34.62", "USD", SalaryPeriod.Hour)]
    [InlineData("$18 - $22/hr", "18", "22", "USD", SalaryPeriod.Hour)]
    [InlineData("USD 120,000 - 150,000 per year", "120000", "150000", "USD", SalaryPeriod.Year)]
    [InlineData("120.000 - 140.000 € brutto/Jahr", "120000", "140000", "EUR", SalaryPeriod.Year)]
    [InlineData("€60.000–80.000", "60000", "80000", "EUR", SalaryPeriod.Year)]
    [InlineData("£45k", "45000", "45000", "GBP", SalaryPeriod.Year)]
    [InlineData("£45,000 pa", "45000", "45000", "GBP", SalaryPeriod.Year)]
    [InlineData("100K-150K USD", "100000", "150000", "USD", SalaryPeriod.Year)]
    [InlineData("CHF 110'000", "110000", "110000", "CHF", SalaryPeriod.Year)]
    [InlineData("₹12,00,000 - ₹18,00,000 per annum", "1200000", "1800000", "INR", SalaryPeriod.Year)]
    [InlineData("INR 12 LPA", "1200000", "1200000", "INR", SalaryPeriod.Year)]
    [InlineData("$5000/month", "5000", "5000", "USD", SalaryPeriod.Month)]
    [InlineData("$150k+", "150000", null, "USD", SalaryPeriod.Year)]
    [InlineData("up to $120k", null, "120000", "USD", SalaryPeriod.Year)]
    public void Parse_SpecExamples_ReadAmountsCurrencyAndPeriod(string text, string? min, string? max, string currency, SalaryPeriod period)
    {
        Assert.Equal(Expected(min, max, currency, period), SalaryParser.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Competitive")]
    [InlineData("DOE")]
    [InlineData("5+ years")]
    [InlineData("401k")]
    [InlineData("401(k)")]
    [InlineData("2 weeks")]
    [InlineData("25 hours a week")]
    [InlineData("2024")]
    [InlineData("2020 - 2024")]
    [InlineData("555-123-4567")]
    [InlineData("+1 (555) 123-4567")]
    [InlineData("+49 30 1234567")]
    [InlineData("75%")]
    [InlineData("$")]
    [InlineData("$0")]
    [InlineData("$12B")]
    [InlineData("ICD-10")]
    [InlineData("5PM - 9PM ET")]
    [InlineData("!!@@##$$%%^^&&**(())")]
    public void Parse_TextWithoutMoney_ReturnsNull(string? text)
    {
        Assert.Null(SalaryParser.Parse(text));
    }

    [Theory]
    [InlineData("$90,000", "USD")]
    [InlineData("US$90,000", "USD")]
    [InlineData("CA$90,000", "CAD")]
    [InlineData("C$90,000", "CAD")]
    [InlineData("CAD 90,000", "CAD")]
    [InlineData("A$90,000", "AUD")]
    [InlineData("AUD 90,000", "AUD")]
    [InlineData("NZ$90,000", "NZD")]
    [InlineData("S$90,000", "SGD")]
    [InlineData("HK$90,000", "HKD")]
    [InlineData("R$ 90.000", "BRL")]
    [InlineData("€90.000", "EUR")]
    [InlineData("90.000 EUR", "EUR")]
    [InlineData("90.000 Euro", "EUR")]
    [InlineData("£90,000", "GBP")]
    [InlineData("₹90,000", "INR")]
    [InlineData("Rs. 90,000", "INR")]
    [InlineData("¥90,000", "JPY")]
    [InlineData("CHF 90'000", "CHF")]
    [InlineData("SEK 90 000", "SEK")]
    [InlineData("90 000 NOK", "NOK")]
    [InlineData("DKK 90.000", "DKK")]
    [InlineData("90 000 zł", "PLN")]
    [InlineData("SGD 90,000", "SGD")]
    public void Parse_CurrencySymbolOrCode_NamesTheCurrency(string text, string currency)
    {
        Assert.Equal(currency, SalaryParser.Parse(text)?.Currency);
    }

    [Theory]
    [InlineData("$1,234.56", "1234.56")]
    [InlineData("1.234,56 €", "1234.56")]
    [InlineData("€120.000", "120000")]
    [InlineData("€1.234.567", "1234567")]
    [InlineData("$1,234,567", "1234567")]
    [InlineData("CHF 1'234'567.50", "1234567.50")]
    [InlineData("120 000 €", "120000")]
    [InlineData("₹1,20,00,000", "12000000")]
    [InlineData("$75k", "75000")]
    [InlineData("$75K", "75000")]
    [InlineData("$1.5k", "1500")]
    [InlineData("1,5k €", "1500")]
    [InlineData("$1.2M", "1200000")]
    [InlineData("€2m", "2000000")]
    [InlineData("₹15 lakh", "1500000")]
    [InlineData("₹1.5 crore", "15000000")]
    public void Parse_GroupingDecimalsAndScales_ReadTheAmount(string text, string amount)
    {
        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), SalaryParser.Parse(text)?.Max);
    }

    [Theory]
    [InlineData("$60k - $80k")]
    [InlineData("$60k – $80k")]
    [InlineData("$60k — $80k")]
    [InlineData("$60k-$80k")]
    [InlineData("$60k to $80k")]
    [InlineData("$60-80k")]
    [InlineData("between $60k and $80k")]
    [InlineData("60.000 bis 80.000 $")]
    public void Parse_RangeSeparators_ReadBothEnds(string text)
    {
        Assert.Equal(new Salary(60_000m, 80_000m, "USD", SalaryPeriod.Year), SalaryParser.Parse(text));
    }

    [Theory]
    [InlineData("$20/hour", SalaryPeriod.Hour)]
    [InlineData("$20/hr", SalaryPeriod.Hour)]
    [InlineData("$20/h", SalaryPeriod.Hour)]
    [InlineData("$20 per hour", SalaryPeriod.Hour)]
    [InlineData("$20 an hour", SalaryPeriod.Hour)]
    [InlineData("$20 hourly", SalaryPeriod.Hour)]
    [InlineData("20 € pro Stunde", SalaryPeriod.Hour)]
    [InlineData("$2,000/day", SalaryPeriod.Day)]
    [InlineData("$2,000 per day", SalaryPeriod.Day)]
    [InlineData("$2,000 daily", SalaryPeriod.Day)]
    [InlineData("$2,000/week", SalaryPeriod.Week)]
    [InlineData("$2,000/wk", SalaryPeriod.Week)]
    [InlineData("$2,000 weekly", SalaryPeriod.Week)]
    [InlineData("$2,000/month", SalaryPeriod.Month)]
    [InlineData("$2,000/mo", SalaryPeriod.Month)]
    [InlineData("$2,000 a month", SalaryPeriod.Month)]
    [InlineData("$2,000 monthly", SalaryPeriod.Month)]
    [InlineData("2.000 € brutto/Monat", SalaryPeriod.Month)]
    [InlineData("$200 per year", SalaryPeriod.Year)]
    [InlineData("$200/yr", SalaryPeriod.Year)]
    [InlineData("$200 annually", SalaryPeriod.Year)]
    [InlineData("$200 yearly", SalaryPeriod.Year)]
    [InlineData("£200 p.a.", SalaryPeriod.Year)]
    [InlineData("£200 pa", SalaryPeriod.Year)]
    [InlineData("€200/Jahr", SalaryPeriod.Year)]
    public void Parse_StatedPeriod_WinsOverMagnitude(string text, SalaryPeriod period)
    {
        Assert.Equal(period, SalaryParser.Parse(text)?.Period);
    }

    [Theory]
    [InlineData("$45", SalaryPeriod.Hour)]
    [InlineData("$499", SalaryPeriod.Hour)]
    [InlineData("$500", SalaryPeriod.Year)]
    [InlineData("$4,000", SalaryPeriod.Year)]
    [InlineData("$24,000", SalaryPeriod.Year)]
    [InlineData("$0.4k", SalaryPeriod.Year)]
    [InlineData("Monthly salary: $4,000", SalaryPeriod.Month)]
    [InlineData("Monatsgehalt 4.000 €", SalaryPeriod.Month)]
    [InlineData("Day rate: £450", SalaryPeriod.Day)]
    public void Parse_NoStatedPeriod_InfersFromMagnitudeOrNearbyWord(string text, SalaryPeriod period)
    {
        Assert.Equal(period, SalaryParser.Parse(text)?.Period);
    }

    [Fact]
    public void Parse_MinAboveMax_SwapsThem()
    {
        Assert.Equal(new Salary(90_000m, 120_000m, "USD", SalaryPeriod.Year), SalaryParser.Parse("$120k - $90k"));
    }

    [Theory]
    [InlineData("from $60k", "60000", null)]
    [InlineData("starting at €50k", "50000", null)]
    [InlineData("at least $70,000", "70000", null)]
    [InlineData("$150k+", "150000", null)]
    [InlineData("up to $120k", null, "120000")]
    [InlineData("max. 80.000 €", null, "80000")]
    [InlineData("bis zu 80.000 €", null, "80000")]
    public void Parse_OpenEndedAmount_SetsOnlyOneBound(string text, string? min, string? max)
    {
        var salary = SalaryParser.Parse(text);

        Assert.Equal(min is null ? null : decimal.Parse(min, CultureInfo.InvariantCulture), salary?.Min);
        Assert.Equal(max is null ? null : decimal.Parse(max, CultureInfo.InvariantCulture), salary?.Max);
    }

    [Theory]
    [InlineData("12-18 LPA", "1200000", "1800000")]
    [InlineData("$100-150k", "100000", "150000")]
    [InlineData("$100k-150", "100000", "150000")]
    public void Parse_ScaleWrittenOnce_AppliesToBothEnds(string text, string min, string max)
    {
        var salary = SalaryParser.Parse(text);

        Assert.Equal(decimal.Parse(min, CultureInfo.InvariantCulture), salary?.Min);
        Assert.Equal(decimal.Parse(max, CultureInfo.InvariantCulture), salary?.Max);
    }

    [Fact]
    public void Parse_CurrencyElsewhereInTheField_IsUsed()
    {
        Assert.Equal(new Salary(60_000m, 70_000m, "EUR", SalaryPeriod.Year), SalaryParser.Parse("Salary (EUR): 60.000 - 70.000"));
    }

    [Fact]
    public void Parse_ScaleWithoutCurrency_GivesEmptyCurrency()
    {
        Assert.Equal(new Salary(80_000m, 100_000m, "", SalaryPeriod.Year), SalaryParser.Parse("80k-100k"));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("hi-IN")]
    public void Parse_UnderAnotherCurrentCulture_GivesTheSameResult(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);

            Assert.Equal(new Salary(1_234.56m, 150_000m, "USD", SalaryPeriod.Year), SalaryParser.Parse("USD 1,234.56 - 150,000 PER YEAR"));
            Assert.Equal(new Salary(120_000m, 140_000m, "EUR", SalaryPeriod.Year), SalaryParser.Parse("120.000 - 140.000 € brutto/Jahr"));
            Assert.Equal(new Salary(34.62m, 34.62m, "USD", SalaryPeriod.Hour), SalaryParser.FindInText("Compensation: $34.62/HOUR"));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Parse_VeryLongInput_FindsTheSalaryAtTheEnd()
    {
        var text = string.Concat(Enumerable.Repeat("lorem ipsum 12 dolor 3.5 sit ", 20_000)) + "$75k - $105k";

        Assert.Equal(new Salary(75_000m, 105_000m, "USD", SalaryPeriod.Year), SalaryParser.Parse(text));
    }

    [Theory]
    [InlineData('9')]
    [InlineData(',')]
    [InlineData('$')]
    public void Parse_LongRunOfOneCharacter_ReturnsNull(char repeated)
    {
        Assert.Null(SalaryParser.Parse(new string(repeated, 200_000)));
    }

    [Theory]
    [InlineData("The base salary range for this role is $120,000 - $150,000 per year.", "120000", "150000", "USD", SalaryPeriod.Year)]
    [InlineData("Compensation\n$75k - $105k salary + benefits, 100% US-based remote", "75000", "105000", "USD", SalaryPeriod.Year)]
    [InlineData("The estimated hourly earnings for this role are 14 USD per hour.", "14", "14", "USD", SalaryPeriod.Hour)]
    [InlineData("Wave | On-Premises SRE | Remote (EMEA) | Salary up to $185,500 + equity", null, "185500", "USD", SalaryPeriod.Year)]
    [InlineData("New York, NY | Onsite | $160k–$180k ($210k for senior band) + Equity", "160000", "180000", "USD", SalaryPeriod.Year)]
    [InlineData("Gehalt: 55.000 - 65.000 € brutto im Jahr, 30 Tage Urlaub", "55000", "65000", "EUR", SalaryPeriod.Year)]
    [InlineData("Compensation: 75,000 - 95,000 per year, depending on experience", "75000", "95000", "", SalaryPeriod.Year)]
    [InlineData("We offer £450 per day inside IR35.", "450", "450", "GBP", SalaryPeriod.Day)]
    [InlineData("Salary (USD): 120,000 - 150,000", "120000", "150000", "USD", SalaryPeriod.Year)]
    [InlineData("Wir bieten ein Gehalt von 60.000 € bis 75.000 € pro Jahr.", "60000", "75000", "EUR", SalaryPeriod.Year)]
    [InlineData("Rate: £500 - £600 per day (outside IR35)", "500", "600", "GBP", SalaryPeriod.Day)]
    [InlineData("Pay: $25-$30 per hour, weekly payouts", "25", "30", "USD", SalaryPeriod.Hour)]
    [InlineData("CTC: ₹8 - 12 LPA plus ESOPs", "800000", "1200000", "INR", SalaryPeriod.Year)]
    [InlineData("Account Executive, OTE $200k, uncapped", "200000", "200000", "USD", SalaryPeriod.Year)]
    public void FindInText_SalaryInProse_IsFound(string text, string? min, string? max, string currency, SalaryPeriod period)
    {
        Assert.Equal(Expected(min, max, currency, period), SalaryParser.FindInText(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Competitive salary and great benefits.")]
    [InlineData("401(k) with Traditional & Roth options and a 4% match.")]
    [InlineData("We offer a 401k plan with company match.")]
    [InlineData("5+ years of experience required; 3-5 years in SaaS preferred.")]
    [InlineData("No more than 25 hours a week, 5PM - 9PM ET.")]
    [InlineData("Paid parental leave: up to 12 weeks for parents, 10 holidays.")]
    [InlineData("We are a $12B company with a 30 person engineering team.")]
    [InlineData("We raised $12M from top investors.")]
    [InlineData("A $2,000 learning budget and a $500 home-office stipend.")]
    [InlineData("Get $50 off your first order.")]
    [InlineData("Strong expertise in ICD-10; founded in 2015; call 555-123-4567.")]
    [InlineData("Our pay is competitive and covers 75% of your premiums.")]
    public void FindInText_NumbersThatAreNotPay_ReturnsNull(string? text)
    {
        Assert.Null(SalaryParser.FindInText(text));
    }

    [Fact]
    public void FindInText_SeveralSalaries_ReturnsTheFirst()
    {
        var salary = SalaryParser.FindInText("Base pay: $100k - $120k. Senior band: $140k - $160k.");

        Assert.Equal(new Salary(100_000m, 120_000m, "USD", SalaryPeriod.Year), salary);
    }

    [Fact]
    public void FindInText_BonusBeforeTheSalary_SkipsTheBonus()
    {
        var salary = SalaryParser.FindInText("A $10,000 signing bonus, then a base salary of $90,000 - $110,000.");

        Assert.Equal(new Salary(90_000m, 110_000m, "USD", SalaryPeriod.Year), salary);
    }

    [Fact]
    public void FindInText_LargeDescriptionWithoutSalary_ReturnsNull()
    {
        var text = string.Concat(Enumerable.Repeat("<p style=\"margin: 0px 0px 1px; line-height: 1.38; color: rgb(59 130 246 / .5)\">Item 3 of 12, since 2019.</p>", 400));

        Assert.Null(SalaryParser.FindInText(text));
    }

    [Theory]
    [InlineData("Clinical Coding Specialist", "75000", "105000", SalaryPeriod.Year)]
    [InlineData("Client Support Analyst I", "34.62", "34.62", SalaryPeriod.Hour)]
    public void FindInText_GreenhouseCapture_FindsTheProseSalary(string title, string min, string max, SalaryPeriod period)
    {
        var content = BoardCaptures.GreenhouseJobs().Single(job => job.Title == title).Content;
        var text = HtmlContent.ToText(HtmlContent.DecodeEscaped(content)!);

        Assert.Equal(Expected(min, max, "USD", period), SalaryParser.FindInText(text));
    }

    [Fact]
    public void FindInText_RemotiveCaptureOf36KbInlineStyles_FindsTheHourlyRate()
    {
        var html = BoardCaptures.RemotiveJob(2091074).GetProperty("description").GetString()!;

        Assert.Equal(new Salary(14m, 14m, "USD", SalaryPeriod.Hour), SalaryParser.FindInText(HtmlContent.ToText(html)));
    }

    [Theory]
    [InlineData("Administrative Business Partner - Security", "60000", "97000")]
    [InlineData("Administrative Business Partner", null, null)]
    public void FindInText_LeverCapture_FindsTheRangeWhereThereIsOne(string title, string? min, string? max)
    {
        var text = BoardCaptures.LeverPostings().Single(posting => posting.Title == title).AdditionalPlain;

        Assert.Equal(min is null ? null : Expected(min, max, "USD", SalaryPeriod.Year), SalaryParser.FindInText(text));
    }

    [Theory]
    [InlineData(2090903L, "18", "22", SalaryPeriod.Hour)]
    [InlineData(2091075L, "45000", "50000", SalaryPeriod.Year)]
    [InlineData(2091074L, "14", "14", SalaryPeriod.Hour)]
    public void Parse_RemotiveCaptureSalaryField_ReadsIt(long id, string min, string max, SalaryPeriod period)
    {
        var field = BoardCaptures.RemotiveJob(id).GetProperty("salary").GetString();

        Assert.Equal(Expected(min, max, "USD", period), SalaryParser.Parse(field));
    }

    private static Salary Expected(string? min, string? max, string currency, SalaryPeriod period) =>
        new(min is null ? null : decimal.Parse(min, CultureInfo.InvariantCulture),
            max is null ? null : decimal.Parse(max, CultureInfo.InvariantCulture),
            currency,
            period);
}
