using EventPlatform.Platform.Text;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.AutoApi;

namespace EventPlatform.Platform.Tests.AutoApi;

public sealed class RouteNamingTests
{
    [Theory]
    [InlineData("GetAsync", "GET", "")]
    [InlineData("GetListAsync", "GET", "")]
    [InlineData("GetSummaryAsync", "GET", "summary")]
    [InlineData("FindByEmailAsync", "GET", "by-email")]
    [InlineData("CreateAsync", "POST", "")]
    [InlineData("AddSpeakerAsync", "POST", "speaker")]
    [InlineData("InsertAsync", "POST", "")]
    [InlineData("UpdateAsync", "PUT", "")]
    [InlineData("PutAsync", "PUT", "")]
    [InlineData("DeleteAsync", "DELETE", "")]
    [InlineData("RemoveSessionAsync", "DELETE", "session")]
    [InlineData("PublishAsync", "POST", "publish")]
    [InlineData("SendHTMLReport", "POST", "send-html-report")]
    public void Should_take_the_verb_and_action_from_the_method_name(string method, string verb, string action) =>
        RouteNaming.VerbAndActionOf(method).ShouldBe((verb, action));

    [Theory]
    [InlineData("GetawayAsync", "getaway")]
    [InlineData("AddressAsync", "address")]
    [InlineData("UpdatedSinceAsync", "updated-since")]
    public void Should_not_mistake_a_word_that_merely_starts_like_a_verb_for_the_verb(string method, string action) =>
        RouteNaming.VerbAndActionOf(method).ShouldBe(("POST", action));

    [Fact]
    public void Should_name_the_module_after_the_second_namespace_segment() =>
        RouteNaming.ModuleOf(typeof(IApplicationConfigurationAppService)).ShouldBe("platform");

    [Fact]
    public void Should_name_the_service_after_its_interface_without_I_and_AppService_in_kebab_case() =>
        KebabCase.From(RouteNaming.ServiceNameOf(typeof(IApplicationConfigurationAppService))).ShouldBe("application-configuration");
}
