"""The client's address, the one key of every per-client limit: the search page's rate
limit (django-ratelimit), the API's throttle (DRF) and admin lock-outs (django-axes)."""

from django.conf import settings
from ipware import get_client_ip
from rest_framework.throttling import AnonRateThrottle

# Where no address can be known (a Unix socket without a proxy header): one shared key,
# which makes such a deployment's limits global instead of crashing on an empty address.
UNKNOWN = "0.0.0.0"


def client_address(request):
    """The address of the client as our own reverse proxies saw it.

    Behind `PROXY_COUNT` proxies, each one appends to X-Forwarded-For the address it got
    the request from: the client's is the `PROXY_COUNT`-th entry from the right, and
    anything further left was written by the client and can be forged. Without proxies
    (or for a request that did not come through them) the header is ignored altogether.
    """
    proxies = settings.PROXY_COUNT
    if proxies:
        # django-ipware counts only the proxies whose addresses are in the header: the
        # nearest one is the socket's peer (REMOTE_ADDR), not an entry.
        address, _routable = get_client_ip(
            request,
            proxy_count=proxies - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,
        )
        if address:
            return address
    address, _routable = get_client_ip(request, request_header_order=["REMOTE_ADDR"])
    return address or UNKNOWN


class ClientAddressThrottle(AnonRateThrottle):
    """DRF's anonymous throttle, keyed on `client_address` (DRF's own reading of
    X-Forwarded-For takes the whole header as the key when NUM_PROXIES is unset, so a new
    forged value was a new client), at the rate `RATE_LIMIT_API` has at request time."""

    def get_rate(self):
        return settings.RATE_LIMIT_API

    def get_ident(self, request):
        return client_address(request)
