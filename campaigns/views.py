"""The short link and what is printed from it. Nothing here reads or writes a cookie, an
address or a user agent: a scan is counted as a number against its campaign and day."""

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from . import qr
from .models import QrCampaign, lookup_version, resolve
from .scans import record_scan

POSTER_CACHE_SECONDS = 24 * 3600


def not_found(request):
    """An unknown, not yet started or finished campaign: a friendly page, nothing counted."""
    return render(request, "campaigns/not_found.html", status=404)


@never_cache
@require_safe
def scan(request, slug):
    campaign = resolve(slug)
    if campaign is None or not campaign.is_active():
        return not_found(request)
    if request.method == "GET":  # a HEAD (a link checker) is answered, not counted
        record_scan(campaign.pk)
    return HttpResponseRedirect(campaign.target_url)


def can_manage(user):
    return user.is_active and user.has_perm("campaigns.change_qrcampaign")


def printable_campaign(request, slug):
    """The campaign, for its codes and posters: public while it is active; editors see
    them before and after, to print them ahead of the forum."""
    campaign = get_object_or_404(QrCampaign.objects.select_related("locale"), slug=slug)
    if not (campaign.is_active() or can_manage(request.user)):
        raise Http404
    return campaign


@never_cache
@require_safe
def qr_svg(request, slug):
    campaign = printable_campaign(request, slug)
    response = HttpResponse(qr.svg(campaign.short_url, title=campaign.label), content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="qr-{campaign.slug}.svg"'
    return response


@never_cache
@require_safe
def qr_png(request, slug):
    campaign = printable_campaign(request, slug)
    response = HttpResponse(qr.png(campaign.short_url), content_type="image/png")
    response["Content-Disposition"] = f'inline; filename="qr-{campaign.slug}.png"'
    return response


@never_cache
@require_safe
def poster(request, slug):
    campaign = printable_campaign(request, slug)
    size = request.GET.get("size", "a4")
    if size not in qr.POSTER_SIZES:
        return HttpResponseBadRequest("size must be a4 or a5", content_type="text/plain; charset=utf-8")
    key = f"campaigns:{lookup_version.current()}:poster:{campaign.pk}:{size}:{campaign.short_url}"
    content = cache.get(key)
    if content is None:
        content = qr.poster_pdf(campaign, size)
        cache.set(key, content, POSTER_CACHE_SECONDS)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="affiche-{campaign.slug}-{size}.pdf"'
    return response
