using JobSentinel.Core.Configuration;
using JobSentinel.Core.Security;
using JobSentinel.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace JobSentinel.Web.Components.Account;

public partial class ChangePassword
{
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private bool _mustChange;

    [Inject]
    public required AdminAccountService Accounts { get; init; }

    [Inject]
    public required IOptions<SecurityOptions> Security { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [CascadingParameter]
    public HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "change-password")]
    public PasswordInput Input { get; set; } = default!;

    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    private int MinimumLength => Security.Value.MinimumPasswordLength;

    protected override void OnInitialized()
    {
        Input ??= new();
        _mustChange = HttpContext.User.HasClaim(AuthSchemes.MustChangePasswordClaim, "true");
    }

    private async Task ChangeAsync()
    {
        var userName = HttpContext.User.Identity?.Name ?? "";
        var result = await Accounts.ChangePasswordAsync(userName, Input.CurrentPassword, Input.NewPassword, Input.ConfirmPassword,
            ClientAddress.Of(HttpContext), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
            _errors = result.Errors;
            return;
        }

        // The password change rotated the security stamp: sign in again with the new one.
        await AdminSessions.SignInAsync(HttpContext, result.User!);
        Navigation.NavigateTo(AdminSessions.SafeReturnUrl(ReturnUrl));
    }

    public sealed class PasswordInput
    {
        public string CurrentPassword { get; set; } = "";

        public string NewPassword { get; set; } = "";

        public string ConfirmPassword { get; set; } = "";
    }
}
