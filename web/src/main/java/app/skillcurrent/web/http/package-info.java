/**
 * What kind of route a controller method is, declared once beside its {@code @Get} or {@code @Post}:
 * {@link app.skillcurrent.web.http.Html} for pages, {@link app.skillcurrent.web.http.Form} for form
 * submissions, {@link app.skillcurrent.web.http.Json} for the JSON API. Each carries what the route consumes
 * and produces and the executor that runs it, so controllers repeat none of it.
 */
package app.skillcurrent.web.http;
