using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Where an erased account lands: the session is gone, so anyone may see it.</summary>
[AllowAnonymous]
public sealed class PrivacyErasedModel : PageModel;
