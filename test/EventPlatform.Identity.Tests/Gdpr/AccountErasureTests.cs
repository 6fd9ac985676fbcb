using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Gdpr;

[Collection(IdentityCollection.Name)]
public sealed class AccountErasureTests(IdentityTestFactory factory)
{
    private const string Erase = "api/identity/privacy/erase";

    private Task<HttpResponseMessage> EraseAsync(PersonalDataUser person, string password) =>
        factory.CreateClientFor(person.Id).PostAsJsonAsync(Erase, new EraseAccountInput(password));

    private Task<List<string>> PersonalValuesOfAsync(PersonalDataUser person) =>
        IdentitySchemaScan.FindAsync(factory.Database, person.Email, person.DisplayName, person.Phone, person.LoginKey, person.ClaimValue, person.TokenValue);

    [Fact]
    public async Task Should_leave_none_of_the_users_personal_data_in_any_identity_table()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA);
        (await PersonalValuesOfAsync(person)).ShouldNotBeEmpty("the scan must see the data before the erasure");

        (await EraseAsync(person, PersonalDataUser.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await PersonalValuesOfAsync(person)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_remove_the_users_memberships_in_every_organization()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA);

        await EraseAsync(person, PersonalDataUser.Password);

        var memberships = await factory.InTenantAsync(null, async sp =>
        {
            using (CurrentTenant.HostScope())
            {
                return await sp.GetRequiredService<IdentityModuleDbContext>().Memberships.CountAsync(m => m.UserId == person.Id);
            }
        });
        memberships.ShouldBe(0);
    }

    [Fact]
    public async Task Should_keep_the_account_row_anonymized_so_references_stay_valid()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        await EraseAsync(person, PersonalDataUser.Password);

        var user = await factory.InTenantAsync(null, sp => sp.GetRequiredService<IdentityModuleDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        user.ErasedAt.ShouldNotBeNull();
        user.PasswordHash.ShouldBeNull();
        user.Email.ShouldEndWith("@erased.invalid");
    }

    [Fact]
    public async Task Should_make_signing_in_with_the_old_credentials_impossible()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        await EraseAsync(person, PersonalDataUser.Password);

        var found = await factory.InTenantAsync(null, sp => sp.GetRequiredService<UserManager<User>>().FindByEmailAsync(person.Email));
        found.ShouldBeNull();
    }

    [Fact]
    public async Task Should_log_the_erasure_as_AccountErased()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        await EraseAsync(person, PersonalDataUser.Password);

        (await AuditRows.ForAsync(factory, person.Id.ToString())).Last().Action.ShouldBe(SecurityActions.AccountErased);
    }

    [Fact]
    public async Task Should_refuse_the_erasure_when_the_password_is_wrong()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var response = await EraseAsync(person, "not-the-password");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, GdprErrorCodes.WrongPassword);
        (await PersonalValuesOfAsync(person)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_erase_an_account_twice()
    {
        var person = await PersonalDataUser.CreateAsync(factory);
        await EraseAsync(person, PersonalDataUser.Password);

        var response = await EraseAsync(person, PersonalDataUser.Password);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, GdprErrorCodes.AccountErased);
    }

    [Fact]
    public async Task Should_erase_from_the_privacy_page_and_show_the_farewell_page()
    {
        var person = await PersonalDataUser.CreateAsync(factory, TestData.OrgA);

        var response = await PageForms.PostAsync(factory.CreateClientFor(person.Id), "/account/privacy", "Erase",
            new Dictionary<string, string> { ["Erase.Password"] = PersonalDataUser.Password, ["Erase.Confirm"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/account/privacy/erased");
        (await PersonalValuesOfAsync(person)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_show_a_field_error_on_the_privacy_page_when_the_password_is_wrong()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var response = await PageForms.PostAsync(factory.CreateClientFor(person.Id), "/account/privacy", "Erase",
            new Dictionary<string, string> { ["Erase.Password"] = "wrong-password-1", ["Erase.Confirm"] = "true" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The password is not correct.");
        (await PersonalValuesOfAsync(person)).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_ask_for_the_confirmation_box_before_erasing_from_the_privacy_page()
    {
        var person = await PersonalDataUser.CreateAsync(factory);

        var response = await PageForms.PostAsync(factory.CreateClientFor(person.Id), "/account/privacy", "Erase",
            new Dictionary<string, string> { ["Erase.Password"] = PersonalDataUser.Password });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Tick the box to confirm");
        (await PersonalValuesOfAsync(person)).ShouldNotBeEmpty();
    }
}
