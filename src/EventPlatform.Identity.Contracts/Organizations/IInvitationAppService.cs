using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Organizations;

/// <summary>Invitations to the current organization by e-mail, with a role; the link carries a token stored only as a hash.</summary>
public interface IInvitationAppService : IApplicationService
{
    Task<IReadOnlyList<InvitationDto>> GetListAsync();

    Task<InvitationDto> GetAsync(Guid id);

    /// <summary>Sends the invitation e-mail; the link works for <see cref="InvitationConsts.DefaultLifetime"/>.</summary>
    Task<InvitationDto> CreateAsync(InviteInput input);

    /// <summary>Sends a new link (the old one stops working) and restarts the expiry.</summary>
    Task<InvitationDto> ResendAsync(Guid id);

    /// <summary>Revokes the invitation; its link stops working.</summary>
    Task DeleteAsync(Guid id);

    /// <summary>What the invitation link offers (organization <c>{tenant}</c> from the route), without accepting it.</summary>
    [RemoteService(Route = "o/{tenant}/invitations/preview")]
    Task<InvitationPreviewDto> PreviewAsync(AcceptInvitationInput input);

    /// <summary>The signed-in user whose e-mail was invited joins with the invited role.</summary>
    [RemoteService(Route = "o/{tenant}/invitations/accept")]
    Task<MyOrganizationDto> AcceptAsync(AcceptInvitationInput input);
}
