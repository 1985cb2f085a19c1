"""StreamField blocks shared by the editorial page bodies."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 or 3 keeps the page outline valid under the page title."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Sub-section"))], default="h2"
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    """An image with a text alternative and an optional caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Text alternative"),
        required=False,
        help_text=_("Describe what the image shows. Leave empty only if it is purely decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class LinkBlock(blocks.StructBlock):
    """A link to an internal page or an external address."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choose either a page or an external address.")}
            )
        return value

    class Meta:
        icon = "link"


class CallToActionBlock(blocks.StructBlock):
    """A short message with one prominent button."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"


class QuestionBlock(blocks.StructBlock):
    """One question and its answer."""

    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])


class FAQBlock(blocks.StructBlock):
    """Questions and answers, each folded until opened (works without JavaScript)."""

    title = blocks.CharBlock(label=_("Title"), required=False)
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"))

    class Meta:
        icon = "help"
        template = "blocks/faq_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A document and the label to show for it."""

    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(label=_("Label"), required=False)


class DocumentLinksBlock(blocks.StructBlock):
    """A titled list of downloadable documents with their format and size."""

    title = blocks.CharBlock(label=_("Title"), required=False)
    documents = blocks.ListBlock(DocumentLinkBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_links_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every editorial page body offers."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        icon="pilcrow",
        features=["bold", "italic", "link", "document-link", "ul", "ol", "h3"],
        template="blocks/paragraph_block.html",
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    faq = FAQBlock()
    documents = DocumentLinksBlock()


class ValueBlock(blocks.StructBlock):
    """One of the values the Charter's signatories share."""

    title = blocks.CharBlock(label=_("Value"), max_length=120)
    text = blocks.TextBlock(label=_("What it means"), required=False)

    class Meta:
        icon = "pick"


class CommitmentsBlock(blocks.StructBlock):
    """What one party to the Charter commits to."""

    party = blocks.CharBlock(label=_("Party"), max_length=120, help_text=_("e.g. The activity structures"))
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    commitments = blocks.ListBlock(blocks.TextBlock(label=_("Commitment")), label=_("Commitments"))

    class Meta:
        icon = "list-ul"


class MilestoneBlock(blocks.StructBlock):
    """A dated step in a document's history."""

    date = blocks.CharBlock(label=_("When"), max_length=60, help_text=_("e.g. 12 June 2024"))
    text = blocks.TextBlock(label=_("What happened"))

    class Meta:
        icon = "date"


class CatalogueOfferBlock(blocks.StructBlock):
    """An offer of the tariff brochure taken from the catalogue: shown with the activity's
    current published values (structure, title, prices), in the reader's language."""

    activity = SnippetChooserBlock("activities.Activity", label=_("Activity"))
    conditions = blocks.CharBlock(
        label=_("Conditions"),
        required=False,
        max_length=300,
        help_text=_("Leave empty to show the activity's own price notes."),
    )

    class Meta:
        icon = "link"
        label = _("Offer from the catalogue")


class TypedOfferBlock(blocks.StructBlock):
    """An offer of the tariff brochure that is not in the catalogue, typed by editors."""

    structure = blocks.CharBlock(label=_("Structure"), max_length=200)
    activity = blocks.CharBlock(label=_("Activity"), max_length=200)
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("one_off", _("One-off")), ("regular", _("Regular"))],
        default="one_off",
        help_text=_("Regular: a club or a course paid by the year."),
    )
    full_price = blocks.DecimalBlock(label=_("Full price (€)"), required=False, min_value=0, decimal_places=2)
    sortir_price = blocks.DecimalBlock(
        label=_("Sortir ! price (€)"), required=False, min_value=0, decimal_places=2
    )
    conditions = blocks.CharBlock(label=_("Conditions"), required=False, max_length=300)

    class Meta:
        icon = "edit"
        label = _("Offer typed by editors")


class BrochureSectionBlock(blocks.StructBlock):
    """One category of the tariff brochure and its offers."""

    title = blocks.CharBlock(label=_("Category"), max_length=120)
    offers = blocks.StreamBlock(
        [("catalogue", CatalogueOfferBlock()), ("typed", TypedOfferBlock())], label=_("Offers")
    )

    class Meta:
        icon = "list-ul"
        label = _("Section")


class AgreementTemplateBlock(blocks.StructBlock):
    """A downloadable agreement template, with the version and date partners refer to."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    version = blocks.CharBlock(label=_("Version"), max_length=30, help_text=_("e.g. 2.1"))
    date = blocks.DateBlock(label=_("Date of this version"))

    class Meta:
        icon = "doc-full"
        label = _("Agreement template")


class StepBlock(blocks.StructBlock):
    """One step of an audience page's "how to get the card": short, in plain words."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "list-ol"
