using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.Users;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>Members of the current organization and its open invitations; managers change roles, remove, invite, resend and revoke.</summary>
[Authorize(IdentityPermissions.Members.Read)]
public sealed class MembersModel(
    IMemberAppService members,
    IInvitationAppService invitations,
    IValidator<InviteInput> inviteValidator,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    ErrorLocalizer errors) : PageModel
{
    public IReadOnlyList<MemberDto> Members { get; private set; } = [];

    public IReadOnlyList<InvitationDto> Invitations { get; private set; } = [];

    public bool CanManage { get; private set; }

    public Guid? CurrentUserId => currentUser.Id;

    [BindProperty]
    public InviteForm Invite { get; set; } = new() { Role = OrganizationRoles.Staff };

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync()
    {
        CanManage = permissions.IsGranted(IdentityPermissions.Members.Manage);
        Members = await members.GetListAsync();
        Invitations = CanManage ? await invitations.GetListAsync() : [];
    }

    public Task<IActionResult> OnPostInviteAsync() => ManageAsync("Organization:InvitationSent", async () =>
    {
        var input = new InviteInput(Invite.Email ?? "", Invite.Role ?? "");
        if (!ModelState.AddErrors(await inviteValidator.ValidateAsync(input), nameof(Invite), errors)) return false;
        await invitations.CreateAsync(input);
        return true;
    }, nameof(Invite) + "." + nameof(Invite.Email));

    public Task<IActionResult> OnPostRoleAsync(Guid id, string role) =>
        ManageAsync("Organization:RoleSaved", async () => { await members.UpdateRoleAsync(id, new ChangeRoleInput(role)); return true; });

    public Task<IActionResult> OnPostRemoveAsync(Guid id) =>
        ManageAsync("Organization:MemberRemovedStatus", async () => { await members.DeleteAsync(id); return true; });

    public Task<IActionResult> OnPostResendAsync(Guid id) =>
        ManageAsync("Organization:InvitationResent", async () => { await invitations.ResendAsync(id); return true; });

    public Task<IActionResult> OnPostRevokeAsync(Guid id) =>
        ManageAsync("Organization:InvitationRevoked", async () => { await invitations.DeleteAsync(id); return true; });

    // Pages call the app services in-process, so the page checks the manage permission itself.
    private async Task<IActionResult> ManageAsync(string status, Func<Task<bool>> action, string errorKey = "")
    {
        if (!permissions.IsGranted(IdentityPermissions.Members.Manage)) return Forbid();
        try
        {
            if (await action())
            {
                Status = status;
                return RedirectToPage();
            }
        }
        catch (BusinessException e)
        {
            ModelState.AddError(e, errors, errorKey);
        }

        await OnGetAsync();
        return Page();
    }
}
