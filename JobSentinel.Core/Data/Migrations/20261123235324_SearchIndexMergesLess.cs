using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobSentinel.Core.Data.Migrations
{
    /// <summary>
    /// The search index merges its segments when 16 of one size exist instead of FTS5's default 4: a scrape run of
    /// 20,000 new postings spent a sixth of its store merging. Searches at 100,000 postings stay as fast (benchmark).
    /// </summary>
    public partial class SearchIndexMergesLess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("INSERT INTO JobsFts (JobsFts, rank) VALUES ('automerge', 16);");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("INSERT INTO JobsFts (JobsFts, rank) VALUES ('automerge', 4);");
    }
}
