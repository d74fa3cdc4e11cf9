//! Small components shared by the views: links that keep state in the URL,
//! badges, the statement card, facets and list helpers, one component to a
//! file, all re-exported here.
//!
//! Corpus text is always rendered as text nodes; highlights are separate
//! `<mark>` elements around byte ranges of the original text.
//!
//! The statement card draws its badge, actor link, themes and text with plain
//! `*_html` functions rather than as child components: a facet toggle
//! creates a hundred cards at once, and each component costs far more to
//! create than the elements it draws. The badge, the theme chips and marked
//! text are only functions, for the other views too, since a component of
//! its own costs code in the first load as well. For the
//! same reason the card holds its "Cite" and "Correct" buttons itself, and
//! mounts the correction form (`CorrectForm`) only while it is open.

mod actor_link;
mod cite_button;
mod correct_form;
mod empty;
mod export_buttons;
mod format;
mod header;
mod link;
mod marked_text;
mod min_control;
mod pager;
mod stance_badge;
mod stance_bar;
mod stance_filter;
mod stance_legend;
mod stance_summary;
mod statement_card;
mod statement_list;
mod theme_chips;

pub use actor_link::{ActorLink, ActorLinkProps};
pub use cite_button::{CiteButton, CiteButtonProps};
pub use correct_form::{CorrectForm, CorrectProps};
pub use empty::{Empty, EmptyProps};
pub use export_buttons::{ExportButtons, ExportProps};
pub use format::{plural, thousands};
pub use header::Header;
pub use link::{nav_anchor, Link, LinkProps};
pub use marked_text::marked_text_html;
pub use min_control::{MinControl, MinControlProps};
pub use pager::{Pager, PagerProps};
pub use stance_badge::stance_badge_html;
pub use stance_bar::{StanceBar, StanceBarProps};
pub use stance_filter::{StanceFilter, StanceFilterProps};
pub use stance_legend::StanceLegend;
pub use stance_summary::StanceSummary;
pub use statement_card::{StatementCard, StatementCardProps};
pub use statement_list::{StatementList, StatementListProps};
pub use theme_chips::theme_chips_html;
