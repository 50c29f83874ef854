using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobSentinel.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobsListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_Status_SortDate",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Status_Hidden_SortDate",
                table: "Jobs",
                columns: new[] { "Status", "Hidden", "SortDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_Status_Hidden_SortDate",
                table: "Jobs");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Status_SortDate",
                table: "Jobs",
                columns: new[] { "Status", "SortDate" });
        }
    }
}
