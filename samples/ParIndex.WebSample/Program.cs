using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.WebSample;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();

// Messages (ours and ParIndex's) follow the request's Accept-Language: Vietnamese for vi, English otherwise.
builder.Services.AddRequestLocalization(options =>
{
    var cultures = new[] { new CultureInfo("en"), new CultureInfo("vi") };
    options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture("en");
    options.SupportedCultures = cultures;
    options.SupportedUICultures = cultures;
});

var app = builder.Build();
app.UseRequestLocalization();
app.MapGet("/", () => Results.Text(Messages.Get("Usage"), "text/plain; charset=utf-8"));
app.MapPost("/results", ResultsEndpoint.Handle).DisableAntiforgery();
app.Run();

/// <summary>The app's entry point; public so that tests can host it (WebApplicationFactory).</summary>
public partial class Program
{
}
