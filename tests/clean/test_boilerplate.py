from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from lagebild.clean.blocks import shape
from lagebild.clean.boilerplate import BoilerplateConfig, clean_body, roster_line
from lagebild.clean.outlet_stats import OutletLineStats
from lagebild.errors import LagebildError

# Pinned floors: furniture characters removed / article characters kept, per gold set, by the
# per-article cleaner alone and with outlet line statistics learned from the set's own articles
# (as the pipeline's furniture step does). bench/boilerplate.py prints the current figures
# (per-article / with outlet statistics), at b70eff6: tuning 1.000/1.000 both; dev
# 0.990/1.000, 0.992/1.000; heldout 0.897/1.000, 1.000/1.000; heldout2 0.991/1.000 both;
# heldout3 0.969/0.9855, 0.994/0.9855; heldout4 1.000/1.000 both; heldout5 0.997/1.000 both;
# heldout6 0.956/0.9991, 0.982/0.9991; heldout7 0.909/1.0000, 0.962/1.0000; heldout8
# 1.000/1.0000 both; heldout9 1.000/0.9941 both; heldout10 0.998/0.9949 both; heldout11
# 0.995/1.0000 both; heldout12 0.999/1.0000, 1.000/1.0000; heldout13 1.000/0.9941 both;
# heldout14 and heldout15 1.000/1.0000 both; heldout17 0.966/0.9861 both; heldout18
# 1.000/0.9938 both; heldout19 0.976/1.0000 both; heldout20 0.969/1.0000 both; heldout21
# 0.994/1.0000 both; heldout22 1.000/1.0000 both (round 31); heldout23 1.000/1.0000 both
# (round 32); heldout24 0.980/0.9951 both (round 33); heldout25 1.000/1.0000 both
# (round 34); heldout26 0.957/0.9936 both (round 35); heldout27 0.966/1.0000 both (round 36);
# heldout28 0.868/0.9971, 0.877/0.9971 with stats (round 37; the publisher's seat after its
# company word in a copyright line fixed for the outlet, furniture misses left), then
# 0.938/1.0000, 0.946/1.0000 with stats after the general shapes (round 37b); heldout31
# 0.958/1.0000 both (round 40; blind 0.905/0.9730: two-column tables of dates, times and
# ratings under the article's own lead-in, a plain tip under "Unser Tipp:"); heldout32
# 0.969/1.0000 both (round 41; blind 0.877/0.9958: someone's quoted closing words under the
# article, a fixed-width rubric row taken for the headline, teletext page pointers, label-colon
# offers, affiliate stars, error-report calls); heldout29 0.957/1.0000 both (round 38; blind
# 0.897/0.9971: an event's next edition cut as a schedule note, label-colon furniture (comment
# rules, sponsor and editorial-note labels, paid-tier teasers, unloaded embeds, push prompts),
# furniture between article paragraphs left). Round 38's shapes lifted heldout24 to 0.994;
# heldout30 1.000/1.0000 both (round 39; blind 0.870/1.0000: pointers into the members' area,
# who may comment, forum disclaimers, link phrases closing an item, calls to join, the site's
# own advice service, funding notices, recurring dates, classified ads, push prompts);
# heldout34 1.000/1.0000 both (round 43; blind 0.874/1.0000: label-colon notes counted in full,
# consent buttons without the word cookie, link lines ending in a viewing verb, relative times
# written out, sponsors, memberships and shop prices under labels).
# heldout35 1.000/1.0000 both (round 44; blind 0.939/0.9843: the outlet's name inside a longer
# word, short closing advice in the imperative, thanks to others closing a report, the outlet's
# labelled assessment, the line under an "article goes on below the ad" note, forum and shop
# widgets, metered paywall counts).
# heldout39 0.967/1.0000 both (round 48; blind 0.882/0.9948, 0.912/0.9843 after round 43: an
# enumeration the article's sentence leads into, the lead right under the dateline, a masthead
# listing its offers named in the copyright line, maintenance and price notes, reuse notes).
# heldout38 0.994/1.0000 both (round 47; blind 0.860/1.0000: the headline under a section label
# right above the first paragraph, sponsored labels after a middle dot, in-text offers, tips,
# downloads with their size, comment and correction policies, the press release's company note).
# heldout37 0.969/1.0000 both (round 46; blind 0.896/0.9857, 0.914/0.9857 after round 43: an
# enumeration of capitalised nouns under the outlet's own lead-in, a lead in the outlet's voice
# under the headline, an author's note under its heading, labelled phone numbers, ad labels
# before a middle dot, gallery links with an arrow, headlines under a weakly cued label).
# heldout41 0.935/1.0000 both (round 50; blind 0.913/0.9851: handball scorers "Name 7, Name 9/4"
# and a bare attendance count, the answer a quoted headline cites, advice telling the reader
# not to buy, a closing exclamation in the club's "wir", sponsor and paywall lines, hub links).
# heldout42 1.000/1.0000 both (round 51; blind 0.922/0.9530: tables, fact rows and score lines
# the article introduces, an interview question under an ad label, a quote naming the outlet,
# a question subheading, a pointed "Die Sensation: ..." line, live-blog stamps, paywall lines).
# heldout43 1.000/0.9944 both (round 52; blind 0.905/0.9733: a domain named as the source, a
# partner's first place, a "-datum" noun in a sentence, an app step, summary and template
# headings; FAQ boxes under the article, AI-made notes, portal widgets; the rest lost is
# round 51's data rows under a lead-in, left to that pass).
# heldout40 0.945/1.0000 both (round 49; blind 0.828/0.9853, 0.836/0.9902 after round 46: a
# job-ad word after an article, a question the article puts to itself and its answer, a list
# item the model alone cut, the list under a box heading the model cut, infinitive calls under
# a label, form fields in brackets, correction, review and comment notes, telephone labels).
# heldout47 0.995/1.0000 both (round 56; blind 0.853/0.9559: live-blog entries under an ad
# label, sentences closing on an agency tag "(dpa)", a list under a question sub-heading,
# search-phrase decks, quote rows, automated-wire notes, a member-funded outlet's appeals).
# heldout44 1.000/1.0000 both (round 53; blind 0.916/0.9911: a table under a labelled caption,
# rows under a cut heading at the end, a profile box that names nobody, paid-edition, copy-note,
# portal-offer, consent, betting and ticker lines, section labels).
# heldout46 0.979/1.0000 both (round 55; blind 0.923/0.9878; decks kept, which the gold marks as
# furniture: a review's closing book data, a sentence reporting an interview the outlet held,
# a label that only heads an interview, a menu row ending in the issue number, reporter boxes,
# writer and interviewee notes, correction notes, offers with a dash call, video hints).
# heldout51 0.995/1.0000 both (round 60; blind 0.885/0.9796: pro and contra headings under
# their authors, a comment's closing sentence for everyone, a quotation given ", so X zu" the
# outlet, advice under "Die Stadt rät:"; agency stamps, embargo, follow-up and correction notes,
# opinion-page notes, aggregator meter and feed notes, app, audio and newsletter lines).
# heldout54 0.989/1.0000, 0.990/1.0000 with stats (round 63; blind 0.924/0.9717: an info box
# whose admission price read as an offer, a summary heading without colon, a short lead-in over
# figures under a bare ad label, witness appeals, the outlet's earlier reports, a sentence's
# colon before a hotline, template questions, newsletter/alert/subscription/opinion notes).
# heldout52 1.000/0.9919 both (round 61; blind 0.966/0.9851: a labelled fact closing the text,
# a tabloid's cry over the first paragraph, an FAQ heading, a result row, a table's source; a
# masthead slogan read as speech, an ad's copy trimmed, programme teasers; the loss left is the
# closing "Quelle: ..." lines, which this round marks as article and every earlier one not).
# heldout49 0.996/1.0000 both (round 58; blind 0.887/0.9955: a name under "Ihr Name:"; ads under
# compound labels or tagged at the end, pointer-sign teasers, clips and episodes, the own media
# library and services, app, donation, readers' photo, edit-note, comment-rule and contact-form
# lines, an author's note, teasers under a cut list heading at the end of the text).
# heldout57 1.000/0.9939 both (round 66; blind 0.916/0.9839: a results list under the article's
# own lead-in carried off by a link line, a heading inside an ad's run, stacked labels over the
# headline, an author's note on one line; media, broadcast, app, geo-block, link-disclaimer,
# first-published, reading-list, podcast and job-board lines; the loss left is again the
# content farm's closing "Quelle: ..." lines, marked as article here and nowhere earlier).
# heldout59 0.995/1.0000 both (round 68; blind 0.853/1.0000: the comment section, click-to-load
# consent, deal widgets, a subscriber perk, the letters page, the own live page, notes about the
# piece, supporters, a starred ad footnote, horoscope teasers, the byline author's closing note).
# heldout61 0.937/0.9981 both (round 70; blind 0.916/0.9664: a table under a long caption with
# its source and a control line under the rows, a chart caption naming its source, a book's data
# written as the article's sentence; a broadcaster's slot and audio-availability lines).
# heldout58 1.000/1.0000 both (round 67; blind 0.899/0.9958: a portal named by its domain with
# its reporting verb at the sentence's end; the page's notes on its own pieces, tools, limits,
# programme, newsletter and readers).
# heldout64 0.992/1.0000 both (round 73; blind 0.911/0.9639: a reporter's turns in a video
# transcript read as bylines, the article's own lead-in in its own voice carried off by a related
# link; transcript headings, player and embed states, a geo-block, consent, widget prompts, a
# closed debate, a series note, a poll with results, an edit stamp, a results page's notes).
# heldout65 1.000/1.0000 both (round 74; blind 0.977/0.9666: line-ups and a ranking under a
# betting ad, a tabloid's opening sentence carried off past the title, a quotation told to the
# outlet, an event section's heading under an ad; a labelled legal note, picture-series and
# switched-off discussion lines, a picture credit read as a line-up).
# heldout62 1.000/1.0000 both (round 71; blind 0.888/0.9916: a table whose header names a
# period in figures, a source line naming a bare domain, a table under a short lead-in with a
# shop button under it; a wire's disclaimers and contacts, trial, ticker, letters-page, premium,
# bracketed ad tags, shop buttons and price footnotes, an ad's sale copy, a sign-up pitch).
# heldout70 1.000/1.0000 both (round 79; blind 0.901/0.9605: tables whose prose resumes past
# their footnote, source and a control placeholder, a starred row, a lead-in of steps under an
# empty ad slot, a review's closing advice and venue box; reading times in words, media
# placeholders and counters, view-only notes, a paywall counter, review methodology,
# independence and guide disclaimers, a reminder button; two headlines).
# heldout69 0.992/1.0000 both (round 78; blind 0.936/0.9693: the article's enumeration between
# a gallery and a shop link, tips under a lead-in to the reader, a three-word closing sentence,
# an expert's "Ihre" rule of thumb, a call-labelled fact in a calendar, short closing advice;
# explainer, comment-gate, shop-link, price, newsletter, webcam, submission, liability lines;
# a genre label and the outlet framing the headline in the page title).
# Every round in these tables is development data now (its misses were looked at; see
# bench/data/boilerplate/README.md); the blind rounds (heldout16, heldout33, heldout34 and any
# later one) are not here.
# Each entry is (furniture removed, article kept) for both runs; a third figure, where there is
# one, is the floor of furniture removed with outlet statistics (higher than the first).
FLOORS: dict[str, tuple[float, float] | tuple[float, float, float]] = {
    "tuning": (0.99, 0.995),
    "dev": (0.98, 0.995),
    "heldout": (0.88, 0.995, 0.98),
    "heldout2": (0.98, 0.995),
    "heldout3": (0.95, 0.98, 0.98),
    # round 13: dev figure 1.000 / 1.0000 (first sight was 0.815 / 0.9986; with outlet
    # statistics 0.833 / 0.9986)
    "heldout4": (0.99, 0.995),
    # round 14 is development data now (its misses were looked at and fixed generically, and it
    # joined the classifier's training): 0.997 / 1.0000; blind it was 0.905 / 0.9985
    "heldout5": (0.99, 0.995),
    # round 15 is development data now (its misses were fixed by shape: separator lines, poll
    # widgets, contact offers to the reader; result rows kept): 0.948 / 0.9991; blind it was
    # 0.908 / 0.9891 at first sight, 0.903 / 0.9891 later; with outlet statistics 0.974 /
    # 0.9991 (blind it was 0.934 / 0.9891 at first sight, 0.929 later)
    "heldout6": (0.94, 0.995, 0.97),
    # round 16 is development data now (article text lost to reported advice and reported
    # topics fixed; rating glyphs, cut-off teasers and the outlet asking about itself go by
    # shape): 0.904 / 1.0000; blind it was 0.837 / 0.9878 at first sight, 0.844 / 0.9878 later;
    # with outlet statistics 0.959 / 1.0000 (blind it was 0.901 / 0.9878 at first sight, 0.908
    # later)
    "heldout7": (0.90, 0.995, 0.95),
    # round 17 is development data now (lost article text fixed: lists the article introduces,
    # reported last sentences; media-library notes, login prompts, ad labels, competitions go
    # by phrase): 1.000 / 1.0000; blind it was 0.955 / 0.9908 at first sight (0.964 / 0.9908
    # with outlet statistics)
    "heldout8": (0.99, 0.995),
    # round 18 is development data now (lost article text fixed: third-person news about a
    # product between the article's paragraphs; an issuing office named again in the footer
    # goes): 1.000 / 0.9941; blind it was 0.998 / 0.9867 at first sight (1.000 / 0.9867 with
    # outlet statistics). A rule that kept its
    # reported last sentence about comments out of the footer sweep reached 1.0000 but cost the
    # leave-one-round-out table 1.2 points (rules alone), so it was taken out again
    "heldout9": (0.99, 0.99),
    # round 19 is development data now (lost article text fixed: reader advice between the
    # article's own paragraphs, lists that finish the lead-in's sentence, line-ups and scorers
    # of match reports): 0.998 / 0.9949; blind it was 0.995 / 0.9426 at first sight (0.995 /
    # 0.9390 with outlet statistics)
    "heldout10": (0.99, 0.99),
    # round 20 is development data now (lost article text fixed: pictogram-led news lines of
    # a channel post, reader advice closing a service piece, a list lead-in carried off by an
    # ad label; affiliate prices, professional-only notes, reference lists, file sizes go):
    # 0.995 / 1.0000; blind it was 0.903 / 0.9654 at first sight
    "heldout11": (0.99, 0.995),
    # round 21 is development data now (research-release tails: publication heading with its
    # citation and DOI, scientific contact heading with its person lines, labelled institute
    # paragraph; player, widget, download, data-credit and refresh lines; a masthead slogan;
    # shop teasers and subscribe buttons): 0.999 / 0.9909; blind it was 0.807 / 0.9856 at
    # first sight, 0.833 / 0.9909 later; with outlet statistics 1.000 / 0.9909 (blind it was
    # 0.837 / 0.9856 at first sight)
    "heldout12": (0.99, 0.985),
    # round 22 is development data now (first sight 0.948 / 0.9870, 0.953 / 0.9870 with outlet
    # statistics): 1.000 / 0.9941
    "heldout13": (0.94, 0.98, 0.945),
    # round 29 is development data now (fact-box labels, cookie banners without the word,
    # sponsor and health disclaimers, alcohol notices, forum and donation asks, dated reader
    # comments and a counted comment heading with a note go by phrase): 0.969 / 1.0000; blind
    # it was 0.836 / 1.0000 at first sight and after the round-28 pass
    "heldout20": (0.96, 0.995),
    # development since round 30 (pharmacy magazine, celebrity, startup and classical music
    # sites: web-edition notes, service widgets, drug-advert notes, gallery counts, streaming,
    # shopping and horoscope teasers, paywall meters, relative time lines, ticket and radio
    # tips go by phrase): 0.994 / 1.0000, titles 23/24; blind it was 0.891 / 1.0000 at first
    # sight
    "heldout21": (0.985, 0.995),
    # development since round 31 (cycling magazine, hospital group, shipping trade and tourism
    # board sites: newsletter imperatives, section link headings, appointment lines with a
    # phone number, booking and recruiting promos, update notes, subscriber databases, paywall
    # counters, sponsored downloads, press-photo notes, data delays and search forms go by
    # phrase): 1.000 / 1.0000, titles 24/24; blind it was 0.911 / 1.0000 at first sight
    "heldout22": (0.99, 0.995),
    # development since round 32 (school portal, construction trade, astronomy and beauty
    # magazine sites: ad labels over ad copy, trial offers, registered-user downloads, webinar
    # slots, newsletter rhythms, trade databases, tenders, reproduction notices, widget status,
    # social embed cards and new-material banners go by phrase; a table under a lead-in between
    # a shop teaser and its rows and a sentence pointing back stay): 1.000 / 1.0000, titles
    # 24/24; blind it was 0.896 / 0.9872 at first sight
    "heldout23": (0.99, 0.995),
    # round 33 (motorsport, senior magazine, model railway, lottery; a results table under an
    # ad slot and a quoted statement between furniture stay): 0.980 / 0.9951, titles 24/24;
    # blind it was 0.866 / 0.9769 at first sight
    "heldout24": (0.97, 0.99),
    # round 34 (defence news, cinema news, a chamber of crafts, a relationship magazine;
    # written-out reading times, booking offers under a label, discount codes, a site's search
    # by criteria go by phrase): 1.000 / 1.0000, titles 23/24; blind it was 0.888 / 0.9961
    "heldout25": (0.98, 0.995),
    # round 35 (equestrian, real-estate, photography, obituary portals; a life span is no
    # dateline, a short label under prose opens a table of figures, the copy under a bare ad
    # label goes when it sells): 0.957 / 0.9936, titles 24/24; blind it was 0.881 / 0.9738
    "heldout26": (0.95, 0.99),
    "heldout27": (0.955, 0.995),
    # round 37 (alpine club, chess, fashion trade, veterinary portal): 0.868 / 0.9971, then
    # 0.938 / 1.0000 with the general shapes (link arrows in the footer sweep, page controls,
    # bracket poll rows, ad labels with a dash, mandatory ad texts, expert boxes)
    "heldout28": (0.93, 0.995, 0.94),
    # round 40 (sailing, tax advisor's client news, street-food blog, district gazette):
    # 0.958 / 1.0000, titles 24/24; blind it was 0.905 / 0.9730
    "heldout31": (0.95, 0.995),
    # round 41 (regional teletext, municipal utility, vocational-school paper, herbal
    # magazine): 0.969 / 1.0000, titles 23/24; blind it was 0.877 / 0.9958
    "heldout32": (0.95, 0.995),
    # round 38 (beekeeping, dance, raw-materials letter, inclusion magazine): 0.957 / 1.0000,
    # titles 24/24; blind it was 0.897 / 0.9971
    "heldout29": (0.95, 0.995),
    # round 39 (organic-farming cooperative, consumer-protection centre, vintage-car club,
    # daycare parents' portal): 1.000 / 1.0000, titles 24/24; blind it was 0.870 / 1.0000
    "heldout30": (0.99, 0.995),
    # round 43 (hospital foundation's donor news, hiking association, youth sports federation,
    # antiques magazine): 1.000 / 1.0000, titles 24/24; blind it was 0.874 / 1.0000
    "heldout34": (0.99, 0.995),
    # round 44 (city marketing, ornithology society, hardware forum, women entrepreneurs'
    # network): 1.000 / 1.0000, titles 24/24; blind it was 0.939 / 0.9843
    "heldout35": (0.99, 0.995),
    # round 48 (cooperative bank's member magazine, leisure pool, rescue service, retro
    # computing): 0.967 / 1.0000, titles 20/24; blind it was 0.882 / 0.9948
    "heldout39": (0.95, 0.995),
    # round 47 (wedding portal, student-housing portal, regional airport, coworking blog):
    # 0.994 / 1.0000, titles 24/24; blind it was 0.860 / 1.0000
    "heldout38": (0.985, 0.995),
    # round 46 (fitness chain's magazine, music festival, animal shelter, carnival club):
    # 0.969 / 1.0000, titles 24/24; blind it was 0.896 / 0.9857
    "heldout37": (0.95, 0.995),
    # round 50 (regional daily's politics pages, handball club, smart-home review blog, city
    # hall press office): 0.935 / 1.0000, titles 23/24; blind it was 0.913 / 0.9851
    "heldout41": (0.92, 0.995),
    # round 51 (national politics site, public broadcaster's regional news, tabloid, business
    # daily): 1.000 / 1.0000, titles 24/24; blind it was 0.922 / 0.9530
    "heldout42": (0.98, 0.995),
    # round 52 (content farm, AI-news blog, news portal, advice farm): 1.000 / 0.9944, titles
    # 24/24; blind it was 0.905 / 0.9733
    "heldout43": (0.98, 0.99),
    # round 49 (rural bus cooperative, independent bookshop, chimney sweeps' guild, amateur
    # theatre association): 0.945 / 1.0000, titles 24/24; blind it was 0.828 / 0.9853
    "heldout40": (0.94, 0.995),
    # round 56 (a news site's live blog, an economic newswire on a finance portal, an automated
    # rewrite network, a digital local news startup): 0.995 / 1.0000, titles 23/24; blind it
    # was 0.853 / 0.9559
    "heldout47": (0.98, 0.995),
    # round 53 (agency copy on a regional portal, press-release portal, local daily, sports
    # portal): 1.000 / 1.0000, titles 24/24; blind it was 0.916 / 0.9911
    "heldout44": (0.98, 0.995),
    # round 55 (a regional daily's local pages, a weekly news magazine, a private TV news site,
    # an international broadcaster's German service): 0.979 / 1.0000 (decks kept: the gold
    # marks them as furniture), titles 24/24; blind it was 0.923 / 0.9878
    "heldout46": (0.97, 0.995),
    # round 60 (a national news site's opinion and world pages, a regional TV station's site, a
    # news aggregator app, a press agency's regional service): 0.995 / 1.0000, titles 24/24;
    # blind it was 0.885 / 0.9796
    "heldout51": (0.98, 0.995),
    # round 63 (a Swiss regional daily, a news site's explainers, an automated stock report
    # portal, a public broadcaster's police news): 0.989 / 1.0000, titles 24/24; blind it
    # was 0.924 / 0.9717
    "heldout54": (0.98, 0.995),
    # round 61 (a tabloid's regional edition, a business magazine, a content farm rewriting
    # politics, a public broadcaster): 1.000 / 0.9919, titles 24/24; blind 0.966 / 0.9851
    "heldout52": (0.99, 0.99),
    # round 58 (a national daily's economy pages, a regional public broadcaster, a city news
    # portal, a celebrity content farm): 0.996 / 1.0000, titles 24/24; blind 0.887 / 0.9955
    "heldout49": (0.98, 0.995),
    # round 66 (a regional daily's state politics, a start-up news site, a public broadcaster's
    # sports pages, a content farm's local rewrites): 1.000 / 0.9939, titles 24/24; blind
    # 0.916 / 0.9839
    "heldout57": (0.99, 0.99),
    # round 68 (a news site's tech pages, a regional daily's county edition, a political
    # magazine's commentary, an e-mail provider's news portal): 0.995 / 1.0000, titles 24/24;
    # blind 0.853 / 1.0000
    "heldout59": (0.98, 0.995),
    # round 70 (mainstream news: a city paper's police ticker, a news site's science and data
    # pages, a broadcaster's culture radio, a regional paper's sport and farm pages): 0.937 /
    # 0.9981, titles 23/24; blind 0.916 / 0.9664
    "heldout61": (0.92, 0.995),
    # round 67 (mainstream news: a national weekly's site, a regional TV station, a health
    # portal, a neighbourhood blog): 1.000 / 1.0000, titles 24/24; blind 0.899 / 0.9958
    "heldout58": (0.98, 0.995),
    # round 73 (mainstream news: a news magazine's investigations, a regional daily's school
    # pages, a broadcaster's election results, a news site's video pages with transcripts):
    # 0.992 / 1.0000, titles 24/24; blind 0.911 / 0.9639
    "heldout64": (0.98, 0.995),
    # round 74 (mainstream news: a regional daily's event calendar, a tabloid's celebrity
    # pages, a news site's consumer-law rulings, agency sports copy on a results portal):
    # 1.000 / 1.0000, titles 24/24; blind 0.977 / 0.9666
    "heldout65": (0.99, 0.995),
    # round 71 (mainstream news: a press-release portal for listed companies, a regional
    # daily's court reports, a football magazine's transfers, a news site's family pages):
    # 1.000 / 1.0000, titles 24/24; blind 0.888 / 0.9916
    "heldout62": (0.98, 0.995),
    # round 79 (mainstream news: a news site's data journalism, a regional daily's restaurant
    # and nightlife reviews, a national site's EU correspondent pages, a news site's traffic
    # fines pages): 1.000 / 1.0000, titles 24/24; blind 0.901 / 0.9605
    "heldout70": (0.99, 0.995),
    # round 78 (mainstream news: a national news site's migration pages, a news site's fashion
    # and lifestyle pages, a regional TV station's weather page, a free local advertiser
    # weekly): 0.992 / 1.0000, titles 23/24; blind 0.936 / 0.9693
    "heldout69": (0.98, 0.995),
}


Gold = Callable[[str], list[Any]]


def _assert_goes_between_paragraphs(line: str) -> None:
    """``line`` between two paragraphs of an invented report is removed; both paragraphs stay."""
    body = (
        "Die Gemeinde Talheim baut bis zum Herbst einen neuen Radweg entlang der Kreisstraße. "
        "Die Kosten liegen bei 1,2 Millionen Euro.\n"
        f"{line}\n"
        "Der Gemeinderat hatte den Bau im März einstimmig beschlossen, sagte der "
        "Bürgermeister am Montag.\n"
    )
    res = clean_body(body)
    assert line not in res.text
    for kept in ("neuen Radweg", "einstimmig beschlossen"):
        assert kept in res.text, kept


def _rates(articles: list[Any], stats: OutletLineStats | None = None) -> tuple[float, float]:
    furn = furn_removed = art = art_kept = 0
    for a in articles:
        outlet = a.meta.get("outlet")
        res = clean_body(a.body, title=a.meta.get("title"), outlet=outlet, outlet_stats=stats)
        spans = [(r.start, r.start + len(r.text)) for r in res.removed]
        for mark, text, start in a.lines:
            end = start + len(text)
            cut = min(end - start, sum(max(0, min(end, b) - max(start, s)) for s, b in spans))
            if mark == "+":
                art += len(text)
                art_kept += len(text) - cut
            else:
                furn += len(text)
                furn_removed += cut
    return furn_removed / furn, art_kept / art


def _floor(name: str, with_stats: bool) -> tuple[float, float]:
    """The floors (furniture removed, article kept) of gold set ``name``, by the per-article
    cleaner alone or with outlet statistics."""
    removed, kept, *stats_removed = FLOORS[name]
    return (stats_removed[0] if with_stats and stats_removed else removed), kept


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_floors(name: str, gold: Gold) -> None:
    removed, kept = _rates(gold(name))
    floor_removed, floor_kept = _floor(name, with_stats=False)
    assert removed >= floor_removed, f"{name}: furniture removed {removed:.3f}"
    assert kept >= floor_kept, f"{name}: article kept {kept:.4f}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_floors_with_outlet_stats(name: str, gold: Gold) -> None:
    articles = gold(name)
    stats = OutletLineStats()
    for a in articles:
        stats.update(a.meta.get("outlet"), a.body)
    removed, kept = _rates(articles, stats)
    floor_removed, floor_kept = _floor(name, with_stats=True)
    assert removed >= floor_removed, f"{name}: furniture removed {removed:.3f}"
    assert kept >= floor_kept, f"{name}: article kept {kept:.4f}"


def test_removed_blocks_point_into_the_body(gold: Gold) -> None:
    for a in gold("tuning")[:10]:
        res = clean_body(a.body)
        assert res.removed
        for r in res.removed:
            assert r.reason
            assert a.body[r.start : r.start + len(r.text)] == r.text


BODY = """Stadtrat beschließt neue Radwege
Stadtrat beschließt neue Radwege
Von Anna Beispiel

Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, bis 2027 insgesamt zwölf Kilometer neue Radwege zu bauen. Die Kosten liegen nach Angaben der Verwaltung bei rund vier Millionen Euro.

Die Opposition hält den Zeitplan für zu ehrgeizig. Sie verweist auf die Baustellen der vergangenen Jahre, die fast alle länger gedauert hätten als geplant. Jetzt Newsletter abonnieren und nichts verpassen!

Mehr zum Thema
Radfahrer fordern mehr Platz
Baustelle am Ring verzögert sich
"""


def test_headline_taken_once_as_title() -> None:
    res = clean_body(BODY)
    assert res.title == "Stadtrat beschließt neue Radwege"
    reasons = [r.reason for r in res.removed[:2]]
    assert reasons == ["headline", "repeated-headline"]
    assert "Stadtrat beschließt" not in res.text


def test_given_title_removes_repeated_line() -> None:
    res = clean_body(BODY, title="Stadtrat beschließt neue Radwege")
    assert res.title == "Stadtrat beschließt neue Radwege"
    assert [r.reason for r in res.removed[:2]] == ["repeated-headline", "repeated-headline"]


def test_glued_promotion_is_trimmed_and_link_list_removed() -> None:
    res = clean_body(BODY)
    assert "Newsletter" not in res.text
    assert "länger gedauert hätten als geplant." in res.text
    assert "Radfahrer fordern" not in res.text
    assert any(r.reason == "byline" for r in res.removed)


# Clean news prose in our own words (10kGNAD-like: agency dateline, quotes, numbers, a
# subheading, mentions of comments, newsletters and apps as news): nothing may go.
CLEAN = [
    "Wien – Die Regierung hat am Mittwoch ein Paket gegen die hohen Energiepreise vorgestellt. Haushalte sollen im Winter einen einmaligen Zuschuss von 150 Euro erhalten, teilte das Finanzministerium mit. Die Opposition kritisierte die Maßnahme als zu gering.",
    "Der Verein hat sein Heimspiel gegen den Tabellenführer mit 1:3 verloren.\nNach der Pause kam die Mannschaft besser ins Spiel, doch die Chancen blieben ungenutzt.\n\nWie es weitergeht\nAm Samstag steht das Auswärtsspiel in Graz an. Der Trainer will an der Aufstellung nichts ändern.",
    "Eine Lokalzeitung hat die Kommentarfunktion auf ihrer Website abgeschaltet, nachdem Beleidigungen gegen Gemeinderäte zugenommen hatten. Die Moderation der Leserbeiträge habe zuletzt mehr Zeit gekostet als die Recherche, schreibt der Herausgeber. Medienforscher halten den Schritt für nachvollziehbar.",
    "Die Bahn will ihre App bis zum Sommer grundlegend überarbeiten. Fahrgäste sollen Verspätungen künftig früher angezeigt bekommen, sagte eine Sprecherin. Wie der Spiegel berichtete, kostet das Projekt mehr als 30 Millionen Euro.",
    "„Wenn Sie am Montagabend auf der Landstraße unterwegs waren, melden Sie sich bitte“, sagte ein Polizeisprecher. Der Unfallfahrer war nach dem Zusammenstoß geflüchtet. Laut Polizei handelt es sich um einen grauen Kleinwagen.",
    # one long paragraph with a promotional word in it, the only block of its body
    "Nach zwei Konkurrenten hat nun auch der dritte Mobilfunker eine Karte seines 5G-Netzes veröffentlicht. Kunden können online nachsehen, ob ihre Adresse bereits versorgt ist oder wann der Ausbau geplant ist. Der Anbieter begleitet den Ausbau mit einer Aktion, bei der Kunden das Netz vier Wochen kostenlos testen und Funklöcher melden sollen. Nach Angaben des Unternehmens sind derzeit rund 60 Prozent der Haushalte abgedeckt, bis Jahresende sollen es 80 Prozent sein. Alle drei Netzbetreiber wollen ihren Ausbau in ländlichen Regionen beschleunigen, weil dort die Abdeckung bislang deutlich schlechter ist als in den Städten.",
    # wordings near the newsletter, live-teaser and related cues of round 13, used as prose
    "Jetzt schauen alle auf den Landtag. Wie die Online-Ausgabe der Regionalzeitung berichtete, will die Koalition das Gesetz noch vor der Sommerpause beschließen. Mehr dazu, ob die Opposition klagt, soll in der nächsten Woche feststehen. Ein Protokoll zum Nachlesen gibt es bisher nicht.",
    "Forscherinnen der Universität Innsbruck haben einen neuen Ansatz zur Speicherung von Solarstrom vorgestellt. Das Verfahren nutzt Salzschmelzen, die Wärme über Wochen halten können. Bis zur Marktreife dürften allerdings noch Jahre vergehen, räumen die Autorinnen ein.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_prose_loses_nothing(text: str) -> None:
    res = clean_body(text)
    assert res.removed == []
    assert res.text.split() == text.split()


def test_bad_config_names_the_fix() -> None:
    with pytest.raises(LagebildError, match="threshold"):
        BoilerplateConfig(threshold=0)


# Advice columns and interviews talk to the reader, and interview answers say "wir"; followed
# by real furniture at the end of the page, none of the article may go with it.
ADVICE = """Lawinengefahr: Was Tourengeher jetzt beachten sollten

Nach dem Neuschnee der letzten Tage ist die Lawinengefahr in den Allgäuer Alpen erheblich. Die Bergwacht gibt Hinweise für Touren abseits der Pisten.

Prüfen Sie vor jeder Tour den aktuellen Lagebericht. Nehmen Sie Suchgerät, Sonde und Schaufel mit und üben Sie den Umgang damit.

Gehen Sie nie allein und sagen Sie jemandem, welche Route Sie planen. Im Zweifel gilt: umkehren.

Mehr Ratgeber finden Sie auf unserer Themenseite.
Unterstützen Sie unabhängigen Lokaljournalismus mit einem Digitalabo.
"""
INTERVIEW = """Seit zwölf Jahren leitet Anna Berger die Tafel in Kaufbeuren. Im Gespräch erzählt sie, warum die Arbeit schwerer geworden ist.

Frau Berger, wie viele Menschen kommen derzeit zu Ihnen?
Jede Woche etwa 250 Haushalte, doppelt so viele wie vor drei Jahren.

Was fehlt Ihnen am meisten?
Fahrer, die Lebensmittel abholen. Viele unserer Helfer sind über siebzig.

Das Gespräch führte Jonas Reiter.
Jetzt Newsletter abonnieren und nichts mehr aus der Region verpassen!
"""


ADVICE_DU = """Bevor du ein altes Tablet verkaufst, setze es vollständig zurück und sichere vorher deine Fotos.

Melde dich außerdem bei allen Konten ab und nimm die Speicherkarte heraus. Teste danach, ob das Gerät wirklich leer ist.

Dir gefällt unser Blog? Empfiehl uns weiter!
"""


@pytest.mark.parametrize(
    ("body", "furniture"),
    [
        (ADVICE, ["Mehr Ratgeber", "Digitalabo"]),
        (ADVICE_DU, ["Empfiehl uns weiter"]),
        (INTERVIEW, ["Das Gespräch führte", "Newsletter"]),
    ],
)
def test_talking_to_the_reader_is_not_furniture_by_itself(body: str, furniture: list[str]) -> None:
    res = clean_body(body)
    for part in furniture:
        assert part not in res.text
    lines = [ln for ln in body.splitlines() if ln.strip()]
    content = [ln for ln in lines if not any(part in ln for part in furniture)]
    if res.title:
        content.remove(res.title)
    for line in content:
        assert line in res.text, line


def test_interview_turns_are_article_text() -> None:
    body = (
        "Die Tarifrunde im Einzelhandel beginnt am Montag. Wir haben mit einer Ökonomin gesprochen.\n"
        "Wochenblick: Und die Löhne?\n"
        "Berger: Sie steigen langsamer als die Preise.\n"
        "Wochenblick: So einfach?\n"
        "Berger: Ja.\n"
        "Foto: Anna Lind\n"
    )
    res = clean_body(body, outlet="Wochenblick")
    assert "Wochenblick: Und die Löhne?" in res.text and "Berger: Ja." in res.text
    assert "Foto: Anna Lind" not in res.text


# -- furniture kinds first met in round 13 (heldout4, development data now); own wordings --

# An e-mail newsletter exported to text: sender lines, "view in browser", a salutation, a
# sponsor slot framed by a label and an end marker (its ad is prose), a list of further
# topics with a weather line, a farewell and the unsubscribe footer.
MAILING = """Betreff: Der Morgenkurier am Montag – Neues Hallenbad
Von: Morgenkurier <brief@morgenkurier.example>
Gesendet: Mo., 3. März 2031, 06:15
Probleme mit der Darstellung? Diese Ausgabe im Browser ansehen.
Guten Morgen aus Feldhausen, heute geht es ums Schwimmen.
Neues Hallenbad: Baustart im Herbst
Der Gemeinderat von Feldhausen hat den Neubau des Hallenbads am Mühlbach beschlossen. Die Kosten liegen nach Angaben der Verwaltung bei 14 Millionen Euro.
Das alte Bad war im vergangenen Jahr wegen Schäden am Dach geschlossen worden. Vereine mussten seitdem in die Nachbarstadt ausweichen.
+++ Unser Sponsor heute +++
Das Autohaus Brenner lädt am Samstag zum Frühlingsfest mit Probefahrten und Kinderprogramm ein.
+++ Ende der Anzeige +++
Der Bau soll im Herbst beginnen und zwei Jahre dauern. Die Gemeinde hofft auf Fördergeld des Landes.
Außerdem in dieser Ausgabe
› Wochenmarkt zieht auf den Rathausplatz
› Neue Öffnungszeiten im Bürgerbüro
Wetter heute: 9 Grad, vormittags Nebel, später freundlich.
Einen guten Start in die Woche wünscht Ihnen Ihre Lokalredaktion
Abbestellen · Einstellungen · Datenschutz
"""


def test_newsletter_export_furniture_goes_and_the_report_stays() -> None:
    res = clean_body(MAILING)
    assert res.title == "Neues Hallenbad: Baustart im Herbst"
    for gone in (
        "im Browser ansehen",
        "Guten Morgen aus Feldhausen",
        "Sponsor heute",
        "Autohaus Brenner",
        "Ende der Anzeige",
        "Außerdem in dieser Ausgabe",
        "Wochenmarkt zieht",
        "Wetter heute",
        "Abbestellen",
    ):
        assert gone not in res.text, gone
    for kept in ("Neubau des Hallenbads", "in die Nachbarstadt", "Fördergeld des Landes"):
        assert kept in res.text, kept


# A one-person blog with its comment thread leaked into the text.
BLOG = """Startseite / Verkehr
Die Ampel am Schulweg kommt
Geschrieben am 4. April 2031 von Paul Menke · 3 Kommentare
Nach zwei Jahren Streit bekommt die Kreuzung an der Lindenschule eine Ampel. Das hat der Bauausschuss am Dienstag beschlossen, gegen die Stimmen von zwei Fraktionen.
Ich habe mit Eltern gesprochen, die seit Jahren dafür kämpfen. Sie sind erleichtert, aber auch müde.
Mehr dazu, sobald der Zeitplan feststeht.
Diesen Artikel teilen: Mastodon · Signal · E-Mail
« Vorheriger Beitrag: Was wird aus dem Stadtpark?
3 Kommentare zu „Die Ampel am Schulweg kommt“
Karin W.
5. April 2031 um 08:12
Endlich. Mein Sohn geht da jeden Morgen über die Straße, ich hatte immer ein mulmiges Gefühl.
Antworten
"""


def test_blog_thread_and_share_bar_go_and_the_post_stays() -> None:
    res = clean_body(BLOG, title="Die Ampel am Schulweg kommt")
    for gone in ("Artikel teilen", "Vorheriger Beitrag", "3 Kommentare zu", "mulmiges Gefühl"):
        assert gone not in res.text, gone
    # "Mehr dazu, sobald ..." is the author's sentence, not a link
    assert "Mehr dazu, sobald der Zeitplan feststeht." in res.text
    assert "Sie sind erleichtert, aber auch müde." in res.text


def test_more_from_heading_in_the_middle_takes_its_link_titles() -> None:
    body = (
        "Der SC Oberfeld hat seinen Trainer nach nur vier Monaten entlassen. Der Verein liegt nach zwölf Spieltagen auf einem Abstiegsplatz.\n"
        "Mehr aus der Kreisliga\n"
        "Derby in Unterfeld endet torlos\n"
        "Neuer Kunstrasen für den TSV Hallach\n"
        "Einen Nachfolger will der Vorstand bis zum Wochenende vorstellen. Bis dahin leitet der Co-Trainer das Training.\n"
    )
    res = clean_body(body)
    assert "Mehr aus der Kreisliga" not in res.text
    assert "Derby in Unterfeld" not in res.text and "Kunstrasen" not in res.text
    assert "Trainer nach nur vier Monaten" in res.text and "Co-Trainer" in res.text


def test_broadcaster_furniture_correction_and_live_teaser() -> None:
    body = (
        "Jetzt live hören: Welle Süd mit dem Mittagsmagazin\n"
        "Fähre nach Seedorf fällt eine Woche aus\n"
        "Die Fähre zwischen Altmünde und Seedorf fährt ab Montag eine Woche lang nicht. Grund ist eine Prüfung des Schiffsrumpfs in der Werft, teilte der Betreiber mit.\n"
        "Pendler müssen über die Brücke bei Kranzbach ausweichen, das kostet rund 25 Minuten.\n"
        "Berichtigt am 12.06.: In einer ersten Meldung stand, die Fähre falle zwei Wochen aus.\n"
        "Jetzt im Livestream: Die Landtagsdebatte in voller Länge\n"
        "Die Debatte zum Nachhören\n"
    )
    res = clean_body(body)
    assert res.title == "Fähre nach Seedorf fällt eine Woche aus"
    for gone in ("Jetzt live hören", "Berichtigt am", "Livestream", "zum Nachhören"):
        assert gone not in res.text, gone
    assert "Prüfung des Schiffsrumpfs" in res.text and "25 Minuten" in res.text


def test_advice_lead_in_after_furniture_head_stays() -> None:
    # An advice piece talks to the reader from its first line: its short lead-in to a list
    # is no head furniture, even when the head above it was furniture.
    body = (
        "Hallo zusammen und willkommen zur Sprechstunde.\n"
        "So lesen Sie Ihre Stromrechnung richtig\n"
        "Nehmen Sie sich zuerst den Zählerstand vor. Stimmt er mit Ihrem eigenen Foto vom Zähler überein?\n"
        "Achten Sie dann auf diese Posten:\n"
        "– der Grundpreis pro Monat,\n"
        "– der Arbeitspreis pro Kilowattstunde.\n"
        "Fragen Sie beim Versorger nach, wenn eine Zahl nicht stimmt. Er muss Ihnen die Rechnung erklären.\n"
    )
    res = clean_body(body)
    assert "Hallo zusammen" not in res.text
    assert "Achten Sie dann auf diese Posten:" in res.text
    assert "der Grundpreis pro Monat" in res.text


def test_an_ad_frame_takes_its_prose_and_nothing_else() -> None:
    # "*** Anzeige ***" ... "*** Ende der Anzeige ***": the sponsored paragraph between the
    # label and the end marker goes; the article around it stays (own wording)
    p1 = (
        "Ab Montag fährt eine neue Buslinie stündlich zwischen Oberau, Niederau und dem Bahnhof "
        "in Berg. Der Kreis zahlt dafür im ersten Jahr rund 400.000 Euro, teilte die Verwaltung mit."
    )
    p2 = (
        "Die Linie soll vor allem Schülerinnen und Pendlern helfen, die bisher auf das Auto "
        "angewiesen waren. Ob sie dauerhaft bleibt, entscheidet der Kreistag nach einem Jahr."
    )
    body = (
        f"{p1}\n*** Anzeige ***\n"
        "Das Möbelhaus Kern feiert Jubiläum und lädt am Samstag zum Familienfest mit Musik ein.\n"
        f"*** Ende der Anzeige ***\n{p2}\n"
    )
    res = clean_body(body)
    assert [r.reason for r in res.removed] == ["promo", "promo", "promo"]
    assert res.text == f"{p1}\n{p2}"


def test_fact_box_heading_takes_its_key_value_lines_inside_the_article() -> None:
    body = (
        "Die Gemeinde Talheim hat ihren neuen Bauhof eingeweiht. Nach zwei Jahren Bauzeit ziehen die zwölf Mitarbeiter in die Hallen am Ortsrand.\n"
        "Auf einen Blick\n"
        "Bauzeit: 2029 bis 2031\n"
        "Kosten: 3,1 Millionen Euro\n"
        "Der alte Bauhof an der Kirchstraße soll abgerissen werden. Auf dem Gelände plant die Gemeinde Wohnungen.\n"
        "Das Ergebnis der Abstimmung im Rat:\n"
        "Ja: 14 Stimmen\n"
        "Nein: 3 Stimmen\n"
        "Damit ist der Weg für den Abriss frei, sagte der Bürgermeister am Abend.\n"
    )
    res = clean_body(body)
    for gone in ("Auf einen Blick", "Bauzeit:", "Kosten:"):
        assert gone not in res.text, gone
    # a vote result under a lead-in of the article is no fact box
    for kept in ("Ja: 14 Stimmen", "Nein: 3 Stimmen", "neuen Bauhof", "Wohnungen."):
        assert kept in res.text, kept


def test_a_report_quoting_its_own_outlet_is_no_self_reference() -> None:
    # "... sagte er dem Kreisblatt": reported speech naming the own outlet is the news; a short
    # line about the outlet itself still goes (own wording)
    body = (
        "Die Brücke in Auendorf bleibt bis Juli gesperrt. Das sagte der Bürgermeister dem "
        "Kreisblatt. Der Umweg dauert zehn Minuten.\n"
    )
    res = clean_body(body, outlet="Kreisblatt")
    assert res.removed == [] and res.text == body.strip()
    promo = clean_body(body + "Das Kreisblatt gibt es jetzt auch als App.\n", outlet="Kreisblatt")
    assert "als App" not in promo.text and "bis Juli gesperrt" in promo.text


# -- furniture kinds first met in round 14 (heldout5, development data now); own wordings --

# A city portal's article with an event widget, classified ads, a read-aloud bar, a
# first-printed note, a trade-portal download and webinar promo around a plain report.
PORTAL = """Stadtanzeiger Kirchhain – Ihr Ort online
Kita-Neubau am Lindenweg eröffnet
Artikel anhören: Sprecherin Ida Vogt (3:40 Min.)
Kirchhain hat eine neue Kindertagesstätte. Am Montag übergab die Stadt das Gebäude am Lindenweg an den Träger, die ersten Kinder kommen im Februar.
Veranstaltungen heute in Kirchhain
18:00 Uhr · Chorprobe im Gemeindehaus
Alle Veranstaltungen im Stadtkalender
Die Kita bietet Platz für 75 Kinder in fünf Gruppen. Gebaut wurde sie in Holzbauweise, die Kosten lagen bei 4,2 Millionen Euro.
Kleinanzeigen aus Kirchhain
Verkaufe: Kinderwagen, grau, gut erhalten, 60 Euro
Suche: Nachhilfe in Mathe für die 8. Klasse
Jetzt eigene Anzeige aufgeben
Der Bürgermeister sprach von einem wichtigen Tag für junge Familien. Die Warteliste sei damit fast abgebaut.
E-Book-Download: Zehn Fragen zur Kita-Anmeldung (PDF, 12 Seiten)
Online-Seminar am 9. März, 17 Uhr: Elternbeiträge richtig berechnen. Jetzt Platz sichern
Dieser Artikel erschien zuerst in der Wochenausgabe. Einzelausgaben gibt es im Rathaus.
"""


def test_portal_widgets_and_promos_go_and_the_report_stays() -> None:
    res = clean_body(PORTAL)
    for gone in (
        "Artikel anhören",
        "Veranstaltungen heute",
        "Chorprobe",
        "Alle Veranstaltungen im Stadtkalender",
        "Kleinanzeigen",
        "Verkaufe:",
        "Suche:",
        "Anzeige aufgeben",
        "E-Book-Download",
        "Online-Seminar",
        "erschien zuerst",
    ):
        assert gone not in res.text, gone
    for kept in ("neue Kindertagesstätte", "75 Kinder", "Warteliste sei damit fast abgebaut."):
        assert kept in res.text, kept


def test_interview_ending_in_short_question_and_answer_stays() -> None:
    # unlabelled Q&A whose last turns are short lines before the footer (own wording)
    body = (
        "Die Bäckerei Kranz aus Oberried hat ihren dritten Laden eröffnet. Wir haben mit der "
        "Inhaberin gesprochen.\n"
        "Frau Kranz, warum ein dritter Laden?\n"
        "Weil die Leute morgens nicht weit fahren wollen. Das merken wir an jedem Standort.\n"
        "Was kostet Sie das?\n"
        "Für den Umbau rund 80.000 Euro im Jahr an Miete und Kredit.\n"
        "Würden Sie es wieder tun?\n"
        "Ja. Sofort.\n"
        "Mehr zum Thema\n"
        "Handwerk in der Region: Wer noch ausbildet\n"
    )
    res = clean_body(body)
    for kept in ("Würden Sie es wieder tun?", "Ja. Sofort.", "80.000 Euro im Jahr"):
        assert kept in res.text, kept
    assert "Mehr zum Thema" not in res.text


def test_an_advice_list_keeps_an_item_with_a_faint_cue() -> None:
    body = (
        "Gefälschte Bankmails nehmen zu. Die Polizei in Talheim hat mehrere Anzeigen aufgenommen.\n"
        "So schützen Sie sich\n"
        "- Prüfen Sie die Adresse des Absenders genau.\n"
        "- Loggen Sie sich nie über einen Link ein. Nutzen Sie lieber die Bank in der App oder die bekannte Adresse.\n"
        "- Rufen Sie im Zweifel die Filiale an.\n"
        "Wer schon Daten eingegeben hat, sollte sofort das Konto sperren lassen.\n"
    )
    res = clean_body(body)
    assert res.removed == [], res.removed


def test_a_press_release_about_box_goes() -> None:
    body = (
        "Halle, 3. Mai 2031 – Die Feldmann Pumpen AG eröffnet ein Werk in Merseburg. Dort "
        "sollen 200 Arbeitsplätze entstehen, sagte Vorstand Ina Roth.\n"
        "Die Produktion beginnt im Herbst, zunächst mit Wärmepumpen für Einfamilienhäuser.\n"
        "Über die Feldmann Pumpen AG\n"
        "Die Feldmann Pumpen AG wurde 1962 gegründet und beschäftigt 1.800 Menschen an vier Standorten.\n"
        "Pressekontakt: Feldmann Pumpen AG, presse@feldmann.example\n"
    )
    res = clean_body(body)
    assert "Über die Feldmann" not in res.text and "1962 gegründet" not in res.text
    assert "200 Arbeitsplätze" in res.text and "zunächst mit Wärmepumpen" in res.text
    # the same heading inside the article, followed by more report, stays
    inside = body.replace("Pressekontakt: Feldmann Pumpen AG, presse@feldmann.example\n", "")
    inside += "Die Stadt begrüßt die Ansiedlung, sagte der Oberbürgermeister am Abend.\n"
    assert "1962 gegründet" in clean_body(inside).text


def test_widget_lines_go_by_their_shape_and_the_report_stays() -> None:
    # invented wordings: a segmented ad slot, a poll with answer options, contact offers to the
    # reader; none of their phrases is in the lexicon, their shape gives them away
    body = (
        "Der Gemeinderat von Talheim hat am Dienstag den Bau einer neuen Sporthalle beschlossen. "
        "Die Halle soll bis zum Herbst 2031 fertig sein.\n"
        "Sponsorenfläche · Bitte warten\n"
        "Die Kosten liegen nach Angaben der Verwaltung bei rund vier Millionen Euro. Der Kreis "
        "übernimmt ein Drittel davon.\n"
        "Was halten Sie davon? ◯ Gute Idee ◯ Zu teuer ◯ Weiß nicht\n"
        "Für Fragen hat die Gemeinde eine Hotline unter 07121 300-0 geschaltet, die werktags "
        "besetzt ist.\n"
        "Unsere Talbote-Lokalredaktion erreichen Sie montags bis freitags unter 07121 5550-12.\n"
        "Zuschriften zu diesem Beitrag bitte an briefe@talbote.example\n"
        "Der Bau soll im März beginnen, sagte Bürgermeisterin Ute Kern.\n"
    )
    res = clean_body(body)
    for gone in ("Sponsorenfläche", "Gute Idee", "erreichen Sie", "Zuschriften"):
        assert gone not in res.text, gone
    # a report that names a number (no reader addressed) is the news
    for kept in ("Sporthalle beschlossen", "eine Hotline unter 07121 300-0", "im März beginnen"):
        assert kept in res.text, kept


def test_result_rows_under_the_head_are_no_fact_box() -> None:
    # key: value lines full of figures after the page head are results, not an info box
    body = (
        "Startseite › Sport › Lauf\n"
        "Stand: 14.09.2031\n"
        "\n"
        "Die Ergebnisse im Überblick:\n"
        "Herren: 1. Max Feld (TSV Talheim) 0:58:12 Std., 2. Ole Berg (LG Nord) 0:59:40\n"
        "Damen: 1. Ina Stock (SC Au) 1:04:03 Std., 2. Pia Lenz (TuS West) 1:05:17\n"
        "\n"
        "Bei kühlem Wetter gingen am Sonntag 900 Läuferinnen und Läufer über die zehn "
        "Kilometer lange Strecke am Fluss.\n"
    )
    res = clean_body(body)
    assert "Startseite" not in res.text
    for kept in ("Ergebnisse im Überblick", "Herren: 1. Max Feld", "Damen: 1. Ina Stock"):
        assert kept in res.text, kept


def test_advice_a_third_party_gives_and_reported_topics_are_the_news() -> None:
    # invented lines: an imperative that an authority gave (", warnt die ...") is reported
    # speech, not the page talking to the reader; a sentence that reports about comment
    # sections stays even when the next sentence is in the outlet's own voice
    body = (
        "Betrüger verschicken derzeit gefälschte Paketnachrichten an Handynutzer im Landkreis.\n"
        "Teilen Sie solche Links nicht mit Bekannten, warnt die Polizei in Talheim. Wer schon "
        "geklickt habe, solle sein Passwort ändern.\n"
        "In mehreren Foren heißt es, der Verlag wolle alle Leserkommentare künftig vorab "
        "prüfen lassen. Wir haben beim Verlag nachgefragt.\n"
        "Bisher seien zwölf Anzeigen eingegangen, sagte ein Sprecher am Montag.\n"
    )
    res = clean_body(body)
    for kept in ("warnt die Polizei", "Leserkommentare künftig", "zwölf Anzeigen"):
        assert kept in res.text, kept
    assert not res.removed


def test_a_rating_scale_goes_by_its_shape() -> None:
    # invented widget: a glyph rating scale without any furniture phrase; the report stays
    body = (
        "Der Kreistag hat den neuen Nahverkehrsplan mit großer Mehrheit beschlossen. Ab August "
        "fahren die Busse im Halbstundentakt.\n"
        "Wie hilfreich war dieser Beitrag? ◆◆◆◇◇\n"
        "Die ersten Fahrzeuge sollen im Juli geliefert werden, sagte Landrat Paul Weber.\n"
    )
    res = clean_body(body)
    assert "◆◆◆◇◇" not in res.text
    for kept in ("Halbstundentakt", "im Juli geliefert"):
        assert kept in res.text, kept


def test_cut_off_teaser_under_furniture_goes_and_trailing_prose_stays() -> None:
    # invented: a teaser cut off mid-sentence under a "more from" heading goes; an article
    # sentence that trails off with an ellipsis, with no furniture above it, stays
    body = (
        "Die Aachbrücke in Talheim bleibt bis Ende Mai für Lastwagen gesperrt. Ein Gutachten "
        "hatte Risse im Beton gefunden.\n"
        "Was danach kommt, weiß im Rathaus noch niemand ...\n"
        "Weitere Nachrichten aus Talheim\n"
        "Neues Hallenbad eröffnet: Am Samstag stürmten die ersten Gäste das Becken, die ...\n"
    )
    res = clean_body(body)
    assert "Neues Hallenbad" not in res.text
    assert "weiß im Rathaus noch niemand ..." in res.text


def test_the_outlet_asking_the_reader_about_itself_goes() -> None:
    # invented: a question both to the reader and for the outlet, then an offer; and a call
    # to the reader that opens the second sentence of a donation appeal
    body = (
        "Im Talheimer Stadtwald sind in diesem Sommer mehr als 300 Bäume gefällt worden. Grund "
        "ist der Borkenkäfer, teilte das Forstamt mit.\n"
        "Mögen Sie unsere Waldreportagen? Der Talbote-Brief kommt jeden Sonntag mit allen "
        "Geschichten der Woche.\n"
        "Der Förster rechnet damit, dass die Aufforstung zehn Jahre dauert.\n"
        "Diese Recherche blieb frei lesbar, weil viele Menschen uns regelmäßig unterstützen. "
        "Helfen Sie mit, schon fünf Euro im Monat tragen die Arbeit.\n"
    )
    res = clean_body(body)
    for gone in ("Waldreportagen", "Helfen Sie mit"):
        assert gone not in res.text, gone
    for kept in ("300 Bäume", "zehn Jahre dauert"):
        assert kept in res.text, kept


def test_a_list_the_article_introduces_keeps_its_items() -> None:
    # invented: a numbered list under the article's own lead-in, one item naming a
    # subscription; the article goes on after it, so every item is article text
    body = (
        "Mehrere Fitnessstudios in Talheim erhöhen zum Jahreswechsel ihre Beiträge um bis zu "
        "zwölf Prozent.\n"
        "Der Mieterbund empfiehlt, vor dem Verlängern drei Dinge zu klären:\n"
        "1. Wie oft gehe ich wirklich trainieren?\n"
        "2. Kann ich das Abo für zwei Monate ruhen lassen?\n"
        "3. Gibt es einen Tarif für Studierende?\n"
        "Kündigen lassen sich die meisten Verträge mit einer Frist von vier Wochen.\n"
    )
    res = clean_body(body)
    for kept in ("1. Wie oft", "2. Kann ich das Abo", "3. Gibt es einen Tarif"):
        assert kept in res.text, kept


def test_a_reported_last_sentence_about_a_media_library_stays() -> None:
    # invented: the article's last sentence names a media library as its topic; the footer
    # under it goes, the sentence stays
    body = (
        "Der Sender will ab Januar alle Regionalnachrichten auch mit Untertiteln zeigen. Das "
        "hat der Verwaltungsrat am Dienstag beschlossen.\n"
        "Die untertitelten Fassungen sollen in der Mediathek genauso lange bleiben wie alle "
        "anderen Beiträge.\n"
        "Weitere Beiträge aus dieser Sendung\n"
        "Impressum · Datenschutz · Barrierefreiheit\n"
    )
    res = clean_body(body)
    assert "in der Mediathek genauso lange" in res.text
    assert "Impressum" not in res.text


@pytest.mark.parametrize(
    "line",
    [
        "Bereits Abonnentin? Jetzt einloggen",
        "Gesponserter Inhalt",
        "Entgeltliche Einschaltung",
        "Verlosung: Wir verschenken 5 × 2 Tickets für das Sommerfest",
        "Beitrag verfügbar bis 03.04.2027",
        "Diese Folge ist aus rechtlichen Gründen nur in Österreich abrufbar.",
        "FSK 16",
        "Talheim heute – die ganze Folge (18:40 Min.)",
        "Lesezeit etwa 6 Min.",
        "Blitzer gesehen? Ruf uns an: 07131 / 22 33 44",
        "On Air: Der Abend mit Lea",
        "Läuft gerade: Die Talband – Sommerregen",
        "Diesen Beitrag mit Audiodeskription anhören",
    ],
)
def test_media_library_notes_login_prompts_ad_labels_and_competitions_go(line: str) -> None:
    _assert_goes_between_paragraphs(line)  # invented furniture lines


def test_sentences_about_availability_and_competitions_stay() -> None:
    # invented prose that reports on the same things the notes above are about
    body = (
        "Der Sender hat angekündigt, dass viele Videos künftig länger in der Mediathek "
        "verfügbar bleiben sollen.\n"
        "Beim Gewinnspiel des Vereins hatten im Sommer mehr als 400 Menschen mitgemacht, "
        "sagte die Vorsitzende.\n"
        "Die Siegerin lief die zehn Kilometer in 38:12 Minuten.\n"
    )
    res = clean_body(body)
    assert not res.removed


def test_a_free_thing_in_a_compound_is_no_offer() -> None:
    # invented: "Gratis-" opening a compound names a thing; the line is the headline
    body = (
        "Stadt prüft Gratis-Parkplätze am Bahnhof Talheim\n"
        "Der Gemeinderat will bis zum Sommer klären, ob Pendler am Bahnhof kostenfrei parken "
        "dürfen. Die Verwaltung rechnet mit Kosten von 80.000 Euro im Jahr.\n"
    )
    res = clean_body(body)
    assert res.title == "Stadt prüft Gratis-Parkplätze am Bahnhof Talheim"


def test_a_labelled_note_at_the_tail_still_goes_with_the_footer() -> None:
    # invented agency copy: a usage note opening with a label keeps its full cue weight in
    # the footer sweep (only plain statements that report a topic are discounted)
    body = (
        "Der Kreistag hat am Montag den Bau einer neuen Berufsschule in Talheim beschlossen. "
        "Die Kosten liegen bei 40 Millionen Euro.\n"
        "Baubeginn soll im Frühjahr sein, sagte der Landrat.\n"
        "tal/kr\n"
        "Nutzungshinweis: Nur für Bezieher des Talheimer Landesdienstes. Eine Weitergabe an "
        "Dritte ist nicht gestattet.\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert "Nutzungshinweis" not in res.text
    assert "Baubeginn soll im Frühjahr sein" in res.text


@pytest.mark.parametrize(
    "line",
    [
        # invented lines that share words with the round-17 furniture cues, but are news
        "Gewinnspiel-Betrug: Polizei warnt vor falschen Anrufen",
        "Verfügbar bis Ende März sind die Karten nur im Vorverkauf.",
        "Die ganze Sendung lang sprach der Minister über die Bahn.",
        "On-Air-Moderatorin Lea Frank verlässt den Sender nach zwölf Jahren.",
    ],
)
def test_news_lines_sharing_words_with_media_cues_carry_no_cue(line: str) -> None:
    assert shape(line).cue_score == 0


# -- article text first lost in round 20 (heldout11, development data now); own wordings --

# A messenger channel's post: its news lines open with pictograms, one of them tells the
# reader what to do; the channel's header, counts and subscribe call are furniture.
CHANNEL_POST = """📢 Stadtfunk Talheim
12.804 Abonnenten
🚧 Brücke am Mühlweg gesperrt
Die Brücke am Mühlweg ist seit dem Morgen für Autos gesperrt. Ein Gutachter hat Risse an einem Pfeiler entdeckt.
🔴 Fußgänger und Radfahrer dürfen die Brücke weiter benutzen.
📷 Foto: Leserbild
👉 Nehmt die Umleitung über die Bahnhofstraße, dort staut es sich aber schon!
Wie lange die Sperrung dauert, ist nach Angaben der Stadt noch offen.
👁 3,1K
👉 Kanal abonnieren: t.me/stadtfunktalheim
"""


def test_pictogram_led_news_lines_of_a_channel_post_stay() -> None:
    res = clean_body(CHANNEL_POST)
    assert "Nehmt die Umleitung über die Bahnhofstraße" in res.text
    assert "Fußgänger und Radfahrer" in res.text
    assert "Kanal abonnieren" not in res.text and "3,1K" not in res.text


def test_pictogram_lines_need_pictogram_led_prose_of_the_article() -> None:
    # invented: no kept news line opens with a pictogram, so a pictogram call stays furniture
    body = (
        "Die Brücke am Mühlweg ist seit dem Morgen für Autos gesperrt. Ein Gutachter hat "
        "Risse an einem Pfeiler entdeckt.\n"
        "Wie lange die Sperrung dauert, ist nach Angaben der Stadt noch offen.\n"
        "📬 Jeden Morgen die wichtigsten Meldungen: Jetzt Newsletter abonnieren.\n"
    )
    res = clean_body(body)
    assert "Newsletter abonnieren" not in res.text


# A legal-news page: the reader advice closing the ruling's summary is article text; the
# directory ad above it and the file-number box below it are furniture.
RULING = """Urteile | Arbeitsrecht | Mietrecht | Anwaltssuche
LAG: Arbeitgeber muss Weg zur Betriebsärztin bezahlen
Ein Arbeitgeber muss die Fahrtzeit zu einer vorgeschriebenen Untersuchung bei der Betriebsärztin als Arbeitszeit vergüten. Das hat das Landesarbeitsgericht in Talheim entschieden.
Geklagt hatte ein Lagerarbeiter, dem der Arbeitgeber zwei Stunden Fahrtzeit nicht bezahlt hatte. Die Richter gaben ihm recht.
Anwalt für Arbeitsrecht gesucht? Jetzt kostenlos Kanzleien in Ihrer Nähe finden
Für Beschäftigte heißt das: Notieren Sie die Fahrtzeiten zur Untersuchung und reichen Sie die Aufstellung bei der Lohnabrechnung ein.
Aktenzeichen: 7 Sa 212/26
© 2027 Rechtsblick | Impressum | Datenschutz
"""


def test_reader_advice_closing_a_service_article_stays() -> None:
    res = clean_body(RULING)
    assert "Für Beschäftigte heißt das: Notieren Sie die Fahrtzeiten" in res.text
    assert "Kanzleien in Ihrer Nähe" not in res.text and "Impressum" not in res.text


# a list lead-in right after an ad label: the label carries it off, its kept list brings it back
LEAD_IN_AFTER_AD = """Mehrere Blutdrucksenker sind derzeit nur eingeschränkt lieferbar. Der Hersteller nennt Probleme bei einem Zulieferer.
Die Behörde rät, Patienten nicht ohne Kontrolle umzustellen.
Anzeige
Was Apotheken beachten sollten:
1. Bei einem Wechsel des Präparats die Patienten ausdrücklich darauf hinweisen.
2. Die Abgabe einer anderen Packungsgröße in der Akte vermerken.
3. Bei Unklarheiten mit der verordnenden Praxis Rücksprache halten.
Die Lage soll sich nach Angaben des Herstellers bis zum Frühjahr entspannen.
"""


def test_a_list_lead_in_after_an_ad_label_stays_with_its_list() -> None:
    res = clean_body(LEAD_IN_AFTER_AD)
    assert "Was Apotheken beachten sollten:" in res.text
    assert "Anzeige" not in res.text


@pytest.mark.parametrize(
    "line",
    [
        "Teebaum Lippenpflege, 10 ml, 6,49 €*",
        "Jetzt bei Amazon ansehen*",
        "Preisbox: Funkwecker Morgenrot, 24,99 € statt 39,99 €",
        "Shopping-Tipp: Vitamin-D-Tropfen im Doppelpack",
        "Scheidungsanwalt in Ihrer Nähe – jetzt Erstberatung anfragen",
        "Nur für Fachkreise: Die folgenden Inhalte richten sich an medizinisches Fachpersonal.",
        "Interessenkonflikte: Der Autor erhielt Vortragshonorare von zwei Herstellern.",
        "📎 Haushaltsplan_2027.pdf (3,4 MB)",
    ],
)
def test_shop_professional_and_attachment_lines_carry_a_strong_cue(line: str) -> None:
    assert shape(line).cue_score >= 2.0


@pytest.mark.parametrize(
    "line",
    [
        "Die Kopfhörer kosten im Handel 79,99 Euro, im Vorjahr waren es noch 129 Euro.",
        "Viele Verbraucher wollen jetzt noch schnell Geschenke kaufen, sagte der Händler.",
        "Die Fachkreise der Ärzteschaft reagierten zurückhaltend auf die neue Leitlinie.",
        "Die Datei mit dem Gutachten ist nach Angaben der Stadt mehrere Megabyte groß.",
    ],
)
def test_news_about_prices_and_professionals_carries_no_strong_cue(line: str) -> None:
    assert shape(line).cue_score < 2.0


def test_numbered_references_under_a_literature_heading_go() -> None:
    body = (
        "Eine neue Auswertung zeigt, dass ältere Patienten von einer früheren Impfung "
        "profitieren. Die Daten stammen aus fünf Kliniken.\n"
        "Die Fachgesellschaft will ihre Empfehlung im Frühjahr überarbeiten.\n"
        "Literatur:\n"
        "1. Lindqvist A et al. Early vaccination in older adults. Vaccine Rev 2026; 12: 44-51.\n"
        "2. Brenner T, Okafor N. Impfstrategien im Alter. Dtsch Med J 2025; 150: 903-910.\n"
    )
    res = clean_body(body)
    assert "Lindqvist" not in res.text and "Brenner T" not in res.text
    assert "Die Fachgesellschaft will" in res.text


def test_a_numbered_list_without_a_reference_heading_stays() -> None:
    body = (
        "Die Stadt hat drei Maßnahmen gegen Staus in der Innenstadt beschlossen. Sie sollen "
        "ab dem Frühjahr gelten.\n"
        "Das sind die Maßnahmen im Einzelnen:\n"
        "1. Eine neue Ampelschaltung am Marktplatz.\n"
        "2. Eine Busspur in der Bahnhofstraße.\n"
        "3. Mehr Parkplätze am Stadtrand.\n"
        "Der Gemeinderat will die Wirkung nach einem Jahr prüfen.\n"
    )
    res = clean_body(body)
    assert "Eine Busspur in der Bahnhofstraße." in res.text


def test_headline_under_the_sites_menu_not_its_slogan() -> None:
    body = (
        "Paragrafenpost – Recht für alle\n"
        "Urteile | Mietrecht | Arbeitsrecht | Erbrecht | Anwaltssuche\n"
        "OLG: Nachbar muss überhängende Äste nicht selbst entfernen\n"
        "vor 3 Stunden\n"
        "Ein Grundstückseigentümer muss überhängende Äste seines Nachbarn nicht auf eigene "
        "Kosten entfernen lassen. Das hat das Oberlandesgericht in Talheim entschieden.\n"
        "Der Kläger hatte die Kosten für einen Gärtner zurückverlangt, das Gericht gab ihm "
        "recht.\n"
    )
    res = clean_body(body)
    assert res.title == "OLG: Nachbar muss überhängende Äste nicht selbst entfernen"


def test_a_channel_posts_pictogram_headline() -> None:
    res = clean_body(CHANNEL_POST)
    assert res.title == "🚧 Brücke am Mühlweg gesperrt"
    assert "Brücke am Mühlweg gesperrt\n" not in res.text


# -- article text first lost in round 19 (heldout10, development data now); own wordings --

# An advice piece: a warning to the reader stands between its own paragraphs (a weak phrase cue,
# "App"), the share bar and the donation call around it are furniture.
ADVICE_BETWEEN = """Teilen: Facebook | WhatsApp | E-Mail
Wer seinen Stromanbieter wechselt, muss den alten Vertrag meist nicht selbst kündigen. Das übernimmt in der Regel der neue Anbieter, sobald der Auftrag vorliegt.
Achtung: Kündigen Sie nicht allein in der App, dort fehlt oft die Bestätigung.
Fehlt die Bestätigung nach drei Wochen, lohnt ein Anruf bei der Hotline des neuen Anbieters. Die Zählernummer sollte man dann bereithalten.
So gehen Sie vor: App öffnen, Kundennummer eingeben, den Code aus der E-Mail bestätigen.
Wer kein Smartphone besitzt, kann den Wechsel auch per Brief beauftragen. Die Adresse steht auf der Rechnung.
Jetzt spenden und unabhängige Beratung unterstützen!
"""


def test_advice_between_the_articles_paragraphs_is_article_text() -> None:
    res = clean_body(ADVICE_BETWEEN)
    assert "Achtung: Kündigen Sie nicht allein in der App" in res.text
    assert "Teilen: Facebook" not in res.text and "Jetzt spenden" not in res.text


# a lead-in that ends in a comma, items that finish its sentence (with "Abo", "App" in them)
SENTENCE_LIST = """Der Elternbeirat der Grundschule am Weiher hat einen offenen Brief an die Stadt geschrieben. Er sammelte dafür über 300 Unterschriften.
Der Beirat verlangt,
– das Abo für das Mittagessen auch schriftlich abschließen zu können,
– eine Chipkarte als Alternative zur Bestell-App anzubieten,
– die Sprechstunden am Abend beizubehalten.
Die Stadt will den Brief in der nächsten Sitzung des Schulausschusses beraten, teilte ein Sprecher mit.
"""


def test_a_list_that_finishes_the_lead_ins_sentence_stays() -> None:
    res = clean_body(SENTENCE_LIST)
    for line in SENTENCE_LIST.splitlines():
        assert line in res.text, line


@pytest.mark.parametrize(
    ("line", "roster"),
    [
        ("Tore: 1:0 Albrecht (14.), 1:1 Yilmaz (52.), 2:1 Albrecht (88.)", True),
        ("Aufstellung: Berger – Kraus, Lenz, Hoffmann, Stein, Wolf, Nagel", True),
        ("Es trafen: Roth (7/2), Vogel (5), Sommer (4), Kühn (2)", True),
        ("Schlagwörter: Landtag, Haushalt, Schulen, Verkehr, Klima", False),
        ("Mehr zum Thema: Neue Buslinie startet im Mai", False),
    ],
)
def test_roster_line(line: str, roster: bool) -> None:
    assert roster_line(line) is roster


# a club's match report: the line-up after the last paragraph and the club speaking in its
# own report ("Wir wünschen gute Besserung!") are article text; shop, fixtures, footer go
MATCH_REPORT = """SV Beispielstadt 1921 e.V. – Fußball · Tennis · Turnen
Home | News | Teams | Verein | Fanshop | Kontakt
Pokalsieg: A-Jugend dreht das Spiel
Unsere A-Jugend hat das Pokalspiel gegen den SV Mühlental mit 2:1 gewonnen. Vor gut 150 Zuschauern fiel der Siegtreffer erst in der Schlussminute.
Trainer Kai Böhm lobte nach dem Abpfiff vor allem die Moral seiner Mannschaft.
Schade: Abwehrspieler Timo Lenz musste mit einer Zerrung vom Platz. Wir wünschen gute Besserung!
Im Halbfinale wartet nun der FC Oberau, gespielt wird am 12. Dezember.
Aufstellung: Berger – Kraus, Lenz, Hoffmann, Stein, Wolf, Nagel
Trikots der neuen Saison jetzt im Fanshop – Mitglieder sparen 10 Prozent
Nächstes Heimspiel: SV Beispielstadt – FC Oberau | Sa., 12.12., 14:00 Uhr | Sportplatz
Kommentare (2) – nur für eingeloggte Mitglieder sichtbar
© 2031 SV Beispielstadt 1921 e.V. · Impressum · Datenschutz
"""


def test_match_report_keeps_line_up_and_the_clubs_own_voice() -> None:
    res = clean_body(MATCH_REPORT)
    assert "Aufstellung: Berger – Kraus" in res.text
    assert "Schade: Abwehrspieler Timo Lenz" in res.text
    assert "Fanshop" not in res.text and "Impressum" not in res.text


# -- article text first lost in round 18 (heldout9, development data now); own wordings --

# A paper reports on its own app: third-person sentences between its paragraphs name a
# subscription and a free offer (phrase cues news may report about); the promotion and footer
# below it are furniture.
OWN_PRODUCT_NEWS = """Der Talheimer Bote stellt zum 1. März seine Nachrichten-App um. Lokale Eilmeldungen und das E-Paper gibt es dann nur noch für Abonnenten des Bote-Plus-Angebots.
Wer kein Abonnement hat, bekommt die Meldungen weiterhin kostenlos, aber ohne Bilderstrecken. Gespeicherte Artikel bleiben erhalten.
Der Preis steigt von 9,99 Euro auf 11,99 Euro im Monat, sagte Verlagsleiter Jonas Brehm.
Die App wurde nach Verlagsangaben im Januar 95.000-mal aufgerufen.
Auch die Kommentarfunktion unter Lokalberichten ändert sich: Schreiben dürfen künftig nur noch angemeldete Nutzer.
Bote-App: jetzt kostenlos herunterladen
© Talheimer Bote Verlag · Impressum · Datenschutz
"""


def test_third_person_news_about_a_product_between_paragraphs_stays() -> None:
    res = clean_body(OWN_PRODUCT_NEWS, config=BoilerplateConfig(learned=False))
    assert "kein Abonnement hat, bekommt die Meldungen weiterhin kostenlos" in res.text
    assert "jetzt kostenlos herunterladen" not in res.text and "Impressum" not in res.text


def test_an_issuing_office_named_again_in_the_footer_goes_above_the_text() -> None:
    # invented press release: the office's name alone above the text, repeated in the contact
    # box under it, is the page's credit
    body = (
        "Startseite › Meldungen › Versorgung\n"
        "Lindenstraße: Wasserleitung wird ab Montag erneuert\n"
        "14.03.2027 – 09:30\n"
        "Stadtwerke Talheim\n"
        "Talheim – Die Stadtwerke erneuern ab Montag die Wasserleitung in der Lindenstraße. "
        "Die Arbeiten dauern voraussichtlich sechs Wochen.\n"
        "Während der Bauzeit ist die Straße nur in eine Richtung befahrbar, teilte ein "
        "Sprecher mit.\n"
        "Rückfragen bitte an: Pressestelle, Telefon 07131 55-20\n"
        "Herausgeber: Stadtwerke Talheim · Impressum · Datenschutz\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert "Herausgeber" not in res.text
    assert not res.text.startswith("Stadtwerke Talheim")
    assert "Lindenstraße" in res.text and "nur in eine Richtung" in res.text


def test_a_short_line_above_the_text_not_named_below_stays() -> None:
    body = (
        "Wasserleitung wird erneuert\n"
        "Talheim – Die Stadtwerke erneuern ab Montag die Wasserleitung in der Lindenstraße. "
        "Die Arbeiten dauern voraussichtlich sechs Wochen.\n"
        "Kontakt: Stadtwerke Talheim, Pressestelle, Telefon 07131 55-20\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert "Wasserleitung wird erneuert" in (res.title or "") + res.text


def test_a_headline_naming_the_own_outlet_inside_is_still_the_title() -> None:
    # invented club news: the masthead opens with the club's name, the headline names it inside
    body = (
        "Turnverein Talheim – Sport für alle seit 1890\n"
        "Start | Verein | Abteilungen | Kontakt\n"
        "Mitgliederzahl im Turnverein Talheim erneut gestiegen\n"
        "12.01.2027\n"
        "Talheim – Der Verein zählt zum Jahresbeginn 1.240 Mitglieder, rund 60 mehr als vor "
        "einem Jahr. Den stärksten Zuwachs meldet die Abteilung Kinderturnen.\n"
        "Die Jahreshauptversammlung findet am 14. Februar in der Festhalle statt, teilte der "
        "Vorstand mit.\n"
    )
    res = clean_body(body, outlet="Turnverein Talheim", config=BoilerplateConfig(learned=False))
    assert res.title == "Mitgliederzahl im Turnverein Talheim erneut gestiegen"
    assert "Sport für alle" not in res.text


def test_a_research_release_tail_goes_and_the_report_stays() -> None:
    # invented science release: publication heading with its citation and DOI, a scientific
    # contact heading with the person lines under it, a further-information address and the
    # institute's labelled boilerplate paragraph
    body = (
        "Talheim – Forschende der Hochschule Talheim haben in alten Obstwiesen 41 Wildbienenarten "
        "gezählt, doppelt so viele wie auf benachbarten Äckern.\n"
        "Die Zählung lief über drei Sommer. Besonders selten war die Mauerbiene, sagte die "
        "Biologin Marta Lindqvist.\n"
        "Originalpublikation:\n"
        "Lindqvist, M. et al. (2027): Wild bees in traditional orchards. Apidologie 58, 112.\n"
        "DOI: 10.1007/s13592-027-0112-4\n"
        "Wissenschaftliche Ansprechpartnerin:\n"
        "Dr. Marta Lindqvist, Hochschule Talheim, Tel. 07131 555 4410\n"
        "Weitere Informationen: www.hs-talheim.example/bienen\n"
        "Über die Hochschule: Die Hochschule Talheim bildet rund 6.000 Studierende in Technik "
        "und Agrarwissenschaften aus.\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    for gone in (
        "Originalpublikation",
        "Apidologie",
        "10.1007",
        "Ansprechpartnerin",
        "Tel. 07131",
        "hs-talheim.example",
        "6.000 Studierende",
    ):
        assert gone not in res.text, gone
    assert "41 Wildbienenarten" in res.text and "Mauerbiene" in res.text


@pytest.mark.parametrize(
    "line",
    [
        "Ihr Browser unterstützt dieses Video nicht.",
        "Das Video kann nicht abgespielt werden.",
        "Karte wird geladen …",
        "Tabelle als CSV herunterladen",
        "Klicken Sie auf einen Stadtteil, um die Ergebnisse zu sehen.",
        "Daten: Landeswahlleiterin, Stadt Talheim",
        "Diese Übersicht wird am Wahlabend laufend aktualisiert.",
    ],
)
def test_player_widget_data_credit_and_refresh_lines_go(line: str) -> None:
    _assert_goes_between_paragraphs(line)  # invented widget leftovers


def test_reports_on_publications_data_and_updates_stay() -> None:
    # invented prose that reports on the same things the furniture lines above are about
    body = (
        "Über das Institut hatte der Landtag im Frühjahr lange gestritten, sagte die Ministerin.\n"
        "Die Daten des Landesamts zeigen, dass die Zahl der Pendler seit 2020 gestiegen ist.\n"
        "Die Studie wurde im Fachjournal Apidologie veröffentlicht, teilte die Hochschule mit.\n"
    )
    res = clean_body(body)
    assert not res.removed


def test_a_masthead_with_a_slogan_goes_and_a_dashed_headline_stays() -> None:
    # invented operator news: the operator's name and its slogan open the page
    body = (
        "Stadtbus Talheim – Gut unterwegs.\n"
        "Linien | Tickets | Service\n"
        "Linie 7 fährt ab Montag eine Umleitung\n"
        "Wegen Bauarbeiten in der Lindenstraße fahren die Busse der Linie 7 ab Montag über die "
        "Weststadt. Die Haltestelle Rathaus entfällt bis Ende März.\n"
    )
    res = clean_body(body, outlet="Stadtbus Talheim", config=BoilerplateConfig(learned=False))
    assert "Gut unterwegs" not in res.text and "Gut unterwegs" not in (res.title or "")
    assert "Haltestelle Rathaus entfällt" in res.text
    # a first line whose part before the dash names no source is kept (a headline)
    other = "Umleitung – Linie 7 fährt anders\n" + body.split("\n", 3)[3]
    res2 = clean_body(other, outlet="Stadtbus Talheim", config=BoilerplateConfig(learned=False))
    assert "Umleitung – Linie 7" in (res2.title or "") + res2.text


@pytest.mark.parametrize(
    "line",
    [
        "Az. 5 O 212/25 – Landgericht Talheim",
        "Az. 2 Ds 48/26",
        "*Name von der Redaktion geändert",
        "Alle Namen wurden geändert.",
        "Zum Spiel [Video wird geladen]",
        "Karte des Ortes [externer Inhalt deaktiviert]",
        "Mehr zum Thema: Wer zahlt eigentlich, wenn der alte Baum im Garten umfällt?",
        "Landwetter Talheim: 3 °C, Schneeregen",
    ],
)
def test_file_numbers_name_notes_placeholders_and_labelled_teasers_go(line: str) -> None:
    _assert_goes_between_paragraphs(line)  # invented round-22-style furniture


def test_file_numbers_and_name_reasons_in_prose_stay() -> None:
    # invented court report: the file number and the names inside sentences are the article's
    body = (
        "Das Verfahren unter dem Az. 5 O 212/25 ruht, bis das Gutachten vorliegt, sagte der Richter.\n"
        "Die Namen der Zeugen wurden nicht genannt, weil sie Drohungen fürchten.\n"
        "Das Wetter in Talheim war am Tattag mild, sagte eine Zeugin.\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert not res.removed


def test_a_short_sentence_under_a_newsletter_line_stays() -> None:
    # invented: the article resumes with a three-word sentence right under a newsletter line
    body = (
        "Ein 52-jähriger Arzt aus Talheim ist wegen Abrechnungsbetrugs verurteilt worden.\n"
        "Er hatte über Jahre Leistungen abgerechnet, die nie erbracht wurden.\n"
        "Newsletter „Gericht kompakt“ – kostenlos bestellen\n"
        "Seine Zulassung ruht.\n"
        "Der Mann hatte die Vorwürfe zu Beginn des Prozesses eingeräumt.\n"
        "Das Urteil ist noch nicht rechtskräftig, teilte das Gericht mit.\n"
    )
    res = clean_body(body)
    assert "Seine Zulassung ruht." in res.text
    assert "Gericht kompakt" not in res.text


def test_a_review_verdict_stays() -> None:
    # invented game review: the outlet's "Unser Fazit:" is the review's conclusion
    body = (
        "Das Rennspiel Asphaltwolf bietet 40 Strecken und einen umfangreichen Karrieremodus.\n"
        "Die Fahrphysik ist anspruchsvoll, die Grafik auf allen Plattformen stimmig.\n"
        "Nur der Mehrspielermodus leidet noch unter langen Wartezeiten.\n"
        "Unser Fazit: Wer Rennspiele liebt, bekommt hier viel Abwechslung für sein Geld.\n"
        "Wertung: 8/10\n"
    )
    res = clean_body(body)
    assert "Unser Fazit: Wer Rennspiele liebt" in res.text


def test_a_blog_label_over_the_headline_is_not_the_title() -> None:
    # invented blog page: site line, the blog's label, then the headline over the first paragraph
    body = (
        "Talheimer Rundschau | Kultur\n"
        "Aus dem Atelier – das Kunstblog von Jana Wolf\n"
        "Wie ein Bild in die Ausstellung kommt\n"
        "Viele Leserinnen fragen, nach welchen Regeln die Galerie ihre Bilder auswählt und hängt.\n"
        "Die Antwort ist einfacher, als viele denken, sagt die Kuratorin des Hauses.\n"
    )
    res = clean_body(body, outlet="Talheimer Rundschau")
    assert res.title == "Wie ein Bild in die Ausstellung kommt"
    assert "Kunstblog" not in res.text


@pytest.mark.parametrize(
    "line",
    [
        "Autohäuser in Ihrer Nähe: Kombi Lumo ab 279 €/Monat – PLZ eingeben",
        "Wohnung der Woche: 2 Zimmer, 58 m², Altstadt, 780 € warm – Exposé anfordern",
        "Ferienhäuser an der Küste: 38 Angebote ansehen",
        "Jobbörse: 2.310 offene Stellen in Ihrer Region",
        "Kredite vergleichen: 250 Banken, ein Klick",
        "Ihre Wohnung verkaufen? Gratis-Wertermittlung in 3 Minuten",
        "Service-Hotline: 0800 123 45 67 (kostenlos, werktags 8–18 Uhr)",
        "Nur für Abonnenten: Die ganze Tabelle im Downloadbereich",
        "Kundenbereich: Login",
        "Technische Daten: 96 kW | 5,1 l/100 km | 1.340 kg",
        "Zum Dossier: Energiewende im Dorf (23 Artikel)",
        "Konzerttipp: „Nachtmusik am Fluss“ – bis 12.05. im Kurpark Talheim",
        "Ole Brandner: „Winterhafen“. Erzählungen. Verlag Nordlicht, 212 Seiten, 22 €",
    ],
)
def test_offers_hotlines_member_areas_and_book_data_go(line: str) -> None:
    _assert_goes_between_paragraphs(line)  # invented round-23-style furniture


def test_advice_prices_hotlines_and_books_in_prose_stay() -> None:
    # invented service article: the same words inside sentences are the article's
    body = (
        "Wer eine neue Werkstatt sucht, sollte vorher die Preise vergleichen und Angebote einholen.\n"
        "Die Hotline der Verbraucherzentrale war am Montag stundenlang nicht erreichbar.\n"
        "Nur für Mitglieder des Vereins gilt der ermäßigte Beitrag, sagte die Vorsitzende.\n"
        "Ihr neuer Roman „Winterhafen“ hat 212 Seiten und kostet 22 Euro, wie der Verlag mitteilte.\n"
        "Die technischen Daten des Prototyps hält der Hersteller bisher geheim.\n"
        "Tarife vergleichen: Wer drei Angebote einholt, spart oft 200 Euro im Jahr.\n"
        "2. Nebenkosten prüfen: Die Abrechnung muss bis zum 31.12. vorliegen.\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert not res.removed


@pytest.mark.parametrize(
    "line",
    [
        "Reklame",
        "*Partnerangebot",
        "Angebot des Tages: 4 Nächte Rom mit Frühstück ab 299 € p. P.",
        "Schnäppchen: Ferienhaus Ostsee 7 Nächte ab 480 €",
        "Mietwagen am Zielort hier vergleichen*",
        "Antwort von Karla M.: Das Café hatte doch immer montags zu.",
        "Familientarif: Jetzt Details ansehen ▸",
        "Wetter-App laden ▸ iOS ▸ Android",
        "Zuschuss für die Brille: Antrag im Kundenbereich stellen",
        "Rückenschmerzen nach dem Sport? Jetzt Selbsttest starten",
        "Stadt oder PLZ eingeben ▸ zuletzt gesucht: Talheim",
    ],
)
def test_deal_teasers_reply_previews_and_arrow_links_go(line: str) -> None:
    _assert_goes_between_paragraphs(line)  # invented round-24-style furniture


def test_deal_prices_replies_and_arrows_in_prose_stay() -> None:
    # invented travel report: prices, replies and comparisons inside sentences are the article's
    body = (
        "Wer jetzt noch bucht, zahlt für vier Nächte in Rom ab 299 Euro pro Person.\n"
        "Die Antwort von Ministerin Berger kam erst nach drei Tagen, wie das Amt bestätigte.\n"
        "Reisende sollten die Preise der Anbieter hier genau vergleichen, rät der Verband.\n"
        "Die Reklame für das neue Bad hing monatelang am Bahnhof, sagte der Bürgermeister.\n"
        "Den Antrag können Versicherte ab sofort im Kundenbereich stellen.\n"
        "Wer unsicher ist? Jetzt hilft nur ein Anruf beim Hausarzt, sagte die Ärztin.\n"
        "Ort suchen und Termin eintragen: So funktioniert die neue Plattform der Stadt.\n"
    )
    res = clean_body(body, config=BoilerplateConfig(learned=False))
    assert not res.removed


def test_a_lead_in_under_an_ad_label_stays() -> None:
    # invented weather report: the ad label goes, the article's lead-in under it does not
    body = (
        "Über dem Nordwesten ziehen am Abend kräftige Gewitter auf, teilte das Landratsamt mit.\n"
        "Reklame\n"
        "Die Leitstelle des Kreises gab am Nachmittag folgende Empfehlung an die Anwohner heraus:\n"
        "„Bleiben Sie in Gebäuden und meiden Sie Uferbereiche.“\n"
        "Die Empfehlung gilt bis Mittwochmorgen, sagte ein Sprecher der Leitstelle.\n"
    )
    res = clean_body(body)
    assert "Reklame" not in res.text
    assert "folgende Empfehlung" in res.text


def test_a_lead_sentence_naming_the_outlet_stays() -> None:
    # invented portal news: the lead right under the dateline names the portal itself
    body = (
        "Wetterblick · Radar · Pollen · Warnlage\n"
        "Regenradar zeigt künftig auch Hagel\n"
        "Montag, 12.04.2027 · 09:15 Uhr · Redaktion\n"
        "Die Wetterblick-App zeigt ab Mai neben Regen auch Hagelzellen für ganz Deutschland an.\n"
        "Grundlage sind Messungen von mehr als 17 Radarstationen, die alle fünf Minuten neue "
        "Bilder liefern. Die Daten werden nach Angaben der Entwickler automatisch ausgewertet.\n"
        "Für Nutzer der kostenlosen Version ändert sich nach Angaben des Unternehmens nichts, "
        "die neue Funktion steht allen offen.\n"
    )
    res = clean_body(body, outlet="Wetterblick")
    assert "Hagelzellen" in res.text


def test_a_table_the_article_introduces_stays() -> None:
    # invented study report: a pipe table under the article's own lead-in is article text
    body = (
        "Die Stadtwerke haben den Wasserverbrauch in drei Stadtteilen über ein Jahr gemessen.\n"
        "Im Sommer stieg der Verbrauch je Haushalt deutlich stärker als im Winter:\n"
        "Stadtteil | Winter | Sommer\n"
        "Nordviertel | 310 Liter | 402 Liter\n"
        "Altstadt | 285 Liter | 371 Liter\n"
        "Die Stadtwerke wollen die Messungen im kommenden Jahr fortsetzen, sagte ein Sprecher.\n"
    )
    res = clean_body(body)
    assert "Nordviertel | 310 Liter" in res.text
    assert "Stadtteil | Winter | Sommer" in res.text


def test_a_menu_under_a_colon_line_still_goes() -> None:
    # invented page: a menu of section names after a line ending in a colon is no table
    body = (
        "Die Stadtwerke haben den Wasserverbrauch in drei Stadtteilen über ein Jahr gemessen.\n"
        "Weitere Themen aus der Stadt und der Region finden Sie hier:\n"
        "Politik | Wirtschaft | Sport\n"
        "Kultur | Verkehr | Wetter\n"
        "Die Stadtwerke wollen die Messungen im kommenden Jahr fortsetzen, sagte ein Sprecher.\n"
    )
    res = clean_body(body)
    assert "Politik | Wirtschaft" not in res.text


def test_a_table_after_a_plain_sentence_stays() -> None:
    # invented comparison: a header row without figures and figure rows after a kept sentence
    body = (
        "Wir haben vier Akkuschrauber für Heimwerker über mehrere Wochen ausprobiert.\n"
        "Ein fünftes Gerät schied wegen eines Defekts schon vor dem Test aus.\n"
        "Gerät | Drehmoment | Gewicht | Preis\n"
        "Bohrfix 12 | 30 Nm | 1,1 kg | 89 €\n"
        "Schraubmax | 42 Nm | 1,4 kg | 129 €\n"
        "Handwerk Pro | 55 Nm | 1,6 kg | 179 €\n"
        "Am leisesten arbeitete der Bohrfix 12, der Schraubmax hielt am längsten durch.\n"
    )
    res = clean_body(body)
    assert "Schraubmax | 42 Nm" in res.text
    assert "Gerät | Drehmoment | Gewicht | Preis" in res.text


def test_menu_rows_after_a_plain_sentence_still_go() -> None:
    # invented page: section menus after a kept sentence have no figure rows
    body = (
        "Wir haben vier Akkuschrauber für Heimwerker über mehrere Wochen ausprobiert.\n"
        "Ein fünftes Gerät schied wegen eines Defekts schon vor dem Test aus.\n"
        "Werkzeug | Garten | Haushalt | Angebote\n"
        "Bohren | Sägen | Schleifen | Messen\n"
        "Kontakt | Impressum | Datenschutz | AGB\n"
        "Am leisesten arbeitete der Bohrfix 12, der Schraubmax hielt am längsten durch.\n"
    )
    res = clean_body(body)
    assert "Bohren | Sägen" not in res.text
    assert "Werkzeug | Garten" not in res.text


def test_teaser_links_with_a_guillemet_price_boxes_and_seals_go() -> None:
    # invented review page: a teaser ending in " »", a price-comparison box, a seal in capitals
    body = (
        "Drei Wochen lang hat unsere Redaktion den Wasserkocher Siedefix im Alltag genutzt.\n"
        "Alle Küchengeräte im Test »\n"
        "Preisvergleich: ab 39,90 € bei 6 Händlern – zum Angebot*\n"
        "Er kocht einen Liter Wasser in knapp drei Minuten und bleibt dabei angenehm leise.\n"
        "KÜCHEN-EMPFEHLUNG Testecke 05/2026\n"
        "Der Deckel öffnet sich allerdings etwas ruckartig, was beim Nachfüllen stört.\n"
    )
    res = clean_body(body)
    assert "Alle Küchengeräte im Test" not in res.text
    assert "Preisvergleich" not in res.text
    assert "KÜCHEN-EMPFEHLUNG" not in res.text
    assert "knapp drei Minuten" in res.text


def test_quotes_prices_and_capitals_in_prose_stay() -> None:
    # invented news: guillemet quotes, a price with a shop count in a sentence, an acronym
    body = (
        "Das Gerät gibt es inzwischen ab 99 Euro bei mehreren Händlern, sagte ein Sprecher.\n"
        "Die Ministerin sagte vor dem Ausschuss: »Wir halten an dem Zeitplan fest«\n"
        "Die EU-Empfehlung zum Ladekabel kam nach Ansicht der Verbände viel zu spät.\n"
        "Die Verbraucherschützer wollen die Preise im Herbst erneut vergleichen.\n"
    )
    res = clean_body(body)
    assert "Wir halten an dem Zeitplan fest" in res.text
    assert "ab 99 Euro bei mehreren Händlern" in res.text
    assert "EU-Empfehlung" in res.text


def test_a_review_verdict_and_an_answer_label_stay() -> None:
    # invented review and reader question: "Unser Urteil:" and "Unsere Antwort:" open the
    # article's own conclusion
    body = (
        "Leserin Mara Holtkamp fragt, ob sich ein Balkonkraftwerk für ihre Mietwohnung lohnt.\n"
        "Unsere Antwort: in den meisten Fällen ja.\n"
        "Ein kleines Modul spart im Jahr je nach Lage zwischen 60 und 120 Euro Strom.\n"
        "Der Vermieter muss zustimmen, darf das aber nur aus triftigen Gründen ablehnen.\n"
        "Unser Urteil: Wer einen Südbalkon hat, sollte es ausprobieren.\n"
        "Die Anschaffung rechnet sich meist nach fünf bis sieben Jahren.\n"
    )
    res = clean_body(body)
    assert "Unsere Antwort: in den meisten Fällen ja." in res.text
    assert "Unser Urteil: Wer einen Südbalkon hat" in res.text


def test_a_spec_line_the_article_introduces_stays() -> None:
    # invented review: one row of labelled figures under the article's own colon lead-in
    body = (
        "Zwei Wochen lang hat der Rasenmäher Grünling 40 unseren Testgarten gemäht.\n"
        "Auf ebenen Flächen arbeitet er gründlich, an Hängen rutscht er gelegentlich ab.\n"
        "Die wichtigsten Daten des Geräts im Überblick:\n"
        "Akku: 2.500 mAh | Schnittbreite: 40 cm | Gewicht: 11 kg\n"
        "Die Bedienung über das Display ist einfach, die App braucht aber ein Konto.\n"
    )
    res = clean_body(body)
    assert "Schnittbreite: 40 cm" in res.text


def test_a_spec_row_without_a_lead_in_still_goes() -> None:
    # invented game review: a data box after the verdict, no lead-in of the article's own
    body = (
        "Zwei Wochen lang haben wir das Aufbauspiel Hafenstadt gespielt.\n"
        "Die Wirtschaftssimulation ist tief, die Kampagne aber arg kurz geraten.\n"
        "Unser Fazit: Wer gern Warenketten plant, wird lange Freude daran haben.\n"
        "Erscheinungstermin: 03.05.2026 | Studio: Kranwerk | Preis: 39,99 €\n"
    )
    res = clean_body(body)
    assert "Studio: Kranwerk" not in res.text


def test_a_gated_download_goes_and_a_reported_download_stays() -> None:
    # invented advice page: a download offered against a sign-up is furniture; a sentence
    # about a download is article text
    body = (
        "Wer umzieht, sollte mindestens drei Monate vorher mit der Planung beginnen.\n"
        "Gratis-Download: Packliste Umzug (PDF) gegen Anmeldung\n"
        "Das Ministerium stellt das Formular seit Montag als PDF zum Download bereit.\n"
        "Die Kosten für den Umzug lassen sich teilweise von der Steuer absetzen.\n"
    )
    res = clean_body(body)
    assert "Packliste Umzug" not in res.text
    assert "als PDF zum Download bereit" in res.text


# --- round 27: tabloid, special-interest, trade and campaign pages ------------------------


@pytest.mark.parametrize(
    "kicker",
    ["REISEWARNUNG", "+++ STURM-TICKER +++", "GELD & RECHT"],
)
def test_a_kicker_in_capitals_is_not_the_headline(kicker: str) -> None:
    # invented page: masthead, menu, a rubric in capitals, then the headline
    body = (
        "Abendfunke – Nachrichten aus der Region\n"
        "News | Sport | Geld | Reise | Video\n"
        f"{kicker}\n"
        "Fähre nach Borkum fällt tagelang aus\n"
        "Wegen eines Motorschadens bleibt die Fähre bis Freitag im Hafen.\n"
        "Die Reederei setzt ein kleineres Schiff als Ersatz ein.\n"
    )
    res = clean_body(body)
    assert res.title == "Fähre nach Borkum fällt tagelang aus"
    assert "Fähre nach Borkum fällt" not in res.text


def test_a_question_headline_leaves_the_text() -> None:
    # the headline asks what the first paragraph answers: still the title, not article text
    body = (
        "Startseite › Garten › Obst\n"
        "Spätfrost: Wie schützen Sie Ihre Obstblüten?\n"
        "Schon eine Nacht mit minus zwei Grad kann die Blüten zerstören.\n"
        "Ein Vlies über den Zweigen hält die Kälte meist ab.\n"
    )
    res = clean_body(body)
    assert res.title == "Spätfrost: Wie schützen Sie Ihre Obstblüten?"
    assert "Spätfrost" not in res.text


def test_a_two_column_table_under_advice_stays() -> None:
    # invented advice piece: the reader is told to check values, a small table follows
    body = (
        "Viele Teiche kippen im Hochsommer, weil der Sauerstoff knapp wird.\n"
        "Prüfen Sie deshalb regelmäßig das Wasser, im Sommer gelten folgende Grenzwerte:\n"
        "Messwert | Grenze\n"
        "Sauerstoff | über 6 mg/l\n"
        "Ammonium | unter 0,2 mg/l\n"
        "Wassertemperatur | unter 24 °C\n"
        "Ein Sprudelstein hilft, wenn die Fische an der Oberfläche nach Luft schnappen.\n"
        "Füttern Sie an heißen Tagen weniger, denn Futterreste zehren Sauerstoff.\n"
    )
    res = clean_body(body)
    assert "Sauerstoff | über 6 mg/l" in res.text
    assert "Messwert | Grenze" in res.text


def test_a_two_column_menu_is_no_table() -> None:
    body = (
        "Viele Teiche kippen im Hochsommer, weil der Sauerstoff knapp wird.\n"
        "Prüfen Sie deshalb regelmäßig das Wasser, dazu finden Sie hier mehr:\n"
        "Teich | Garten\n"
        "Fische | Pflanzen\n"
        "Technik | Pflege\n"
        "Ein Sprudelstein hilft, wenn die Fische an der Oberfläche nach Luft schnappen.\n"
    )
    res = clean_body(body)
    assert "Fische | Pflanzen" not in res.text


def test_the_last_quote_of_an_interview_naming_the_outlet_stays() -> None:
    body = (
        "Seit 20 Jahren fährt sie Züge durch das Mittelgebirge.\n"
        "Was hat sich in dieser Zeit am meisten verändert?\n"
        "Die Technik. Früher war vieles Handarbeit, heute überwacht der Rechner fast alles.\n"
        "„Ein Zug ist nie nur eine Maschine“, sagte Brandt zum Ende unseres Gesprächs mit "
        "dem Schienenblatt.\n"
        "© 2028 Schienenblatt | Impressum\n"
    )
    res = clean_body(body, outlet="Schienenblatt")
    assert "sagte Brandt zum Ende unseres Gesprächs" in res.text


@pytest.mark.parametrize(
    "line",
    [
        "📸 Die Bilder vom Stadtfest – hier klicken (23 Fotos)",
        "VIDEO: Die Rede des Bürgermeisters im Wortlaut (3:12)",
        "Aktualisiert vor 12 Min.",
        "LIVETICKER: Alle Tore des Spieltags in Echtzeit",
        "Fachlich geprüft von Dr. Hanna Lorenz, Apothekerin",
        "UNSER FAVORIT",
        "Kratzbaum „Hochsitz 180“ aus Sisal – 59,90 € bei Tierbedarf Nord*",
        "Dieser Beitrag wird präsentiert von Grünfutter: Mit unseren Mischungen bleiben Ihre "
        "Kaninchen fit.",
        "▶ Die Strecke auf der Karte ansehen",
        "8.120 von 10.000 Unterschriften – jetzt unterschreiben",
        "Petition unterzeichnen",
        "[██████░░░░] 60 %",
        "Zur Aktion anmelden",
        "Leser-Umfrage: Wie oft gehen Sie mit Ihrem Hund zum Tierarzt?",
        "Mitmachen bei der Vogelzählung: Wir suchen Helfer für das Frühjahr – zur Anmeldung",
    ],
)
def test_round27_furniture_lines_go(line: str) -> None:
    # invented furniture between two paragraphs of an invented report
    body = (
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n"
        "Die größten Posten sind die Sanierung der Grundschule und neue Radwege.\n"
        f"{line}\n"
        "Die Opposition kritisierte die hohe Neuverschuldung der Stadt.\n"
        "Der Kämmerer verteidigte den Plan als notwendig für die Zukunft.\n"
    )
    res = clean_body(body)
    assert line not in res.text
    assert "Die Opposition kritisierte" in res.text


def test_a_donation_ask_goes() -> None:
    # after the last paragraph on its own; between paragraphs with its slogan (advice to the
    # reader between paragraphs goes back with one cue, an appeal carries two)
    ask = "Mit 30 Euro schützen Sie einen Quadratmeter Moor vor dem Austrocknen."
    slogan = "Jede Spende zählt: Für 5 Euro im Monat werden Sie Pate einer Streuobstwiese."
    body = (
        "Der Verein hat im Frühjahr zwei Hektar Moor wieder vernässt.\n"
        "Seitdem brüten dort erstmals wieder Bekassinen und Kiebitze.\n"
        f"{slogan}\n"
        "Im Herbst sollen weitere Gräben verschlossen werden.\n"
        "Die Behörden haben die Pläne bereits genehmigt.\n"
        f"{ask}\n"
    )
    res = clean_body(body)
    assert ask not in res.text
    assert slogan not in res.text
    assert "Im Herbst sollen" in res.text


def test_advice_naming_the_own_outlet_between_paragraphs_goes() -> None:
    # the site's own tool, advice in form: it names the outlet that sells it
    body = (
        "Viele Mieter zahlen bei der Heizkostenabrechnung zu viel.\n"
        "Prüfen Sie vor allem die Verteilung der Grundkosten auf alle Wohnungen.\n"
        "Mit dem Abendfunke-Heizkostenrechner sehen Sie in einer Minute, ob Ihre Abrechnung "
        "stimmt.\n"
        "Zahlen Sie eine Nachforderung erst, wenn alle Fragen geklärt sind.\n"
        "Der Mieterverein hilft bei Streit mit dem Vermieter.\n"
    )
    res = clean_body(body, outlet="Abendfunke")
    assert "Heizkostenrechner" not in res.text
    assert "Prüfen Sie vor allem" in res.text


@pytest.mark.parametrize(
    "line",
    [
        # reports, not furniture
        "Im Juli unterzeichneten 12.000 Menschen die Petition gegen den Ausbau.",
        "Das Gutachten wurde von zwei Hochschulen fachlich geprüft.",
        "Auf Vergleichsportalen finden Sie schnell einen günstigeren Stromanbieter.",
        "Bayern gewann das Spiel in München mit 2:1.",
    ],
)
def test_round27_lookalikes_stay(line: str) -> None:
    body = (
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n"
        "Die größten Posten sind die Sanierung der Grundschule und neue Radwege.\n"
        f"{line}\n"
        "Die Opposition kritisierte die hohe Neuverschuldung der Stadt.\n"
        "Der Kämmerer verteidigte den Plan als notwendig für die Zukunft.\n"
    )
    res = clean_body(body)
    assert line in res.text


# --- round 28 (heldout19) became development data: general rules, invented lines ---------------


_REPORT_HEAD = (
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n"
    "Die größten Posten sind die Sanierung der Grundschule und neue Radwege.\n"
)
_REPORT_TAIL = (
    "Die Opposition kritisierte die hohe Neuverschuldung der Stadt.\n"
    "Der Kämmerer verteidigte den Plan als notwendig für die Zukunft.\n"
)


def test_a_two_column_ranking_under_a_colon_lead_in_stays() -> None:
    body = (
        "Der Landesverband hat die Fördermittel für die Vereine neu verteilt.\n"
        "Insgesamt stehen im kommenden Jahr 80.000 Euro zur Verfügung.\n"
        "So verteilt der Verband das Geld auf die Sparten:\n"
        "Fußball | 30.000 €\n"
        "Leichtathletik | 20.000 €\n"
        "Schwimmen | je 15.000 €\n"
        "Der Rest geht an kleinere Sparten wie Tischtennis und Ringen.\n"
        "Die Vereine können ihre Anträge bis Ende März einreichen.\n"
    )
    res = clean_body(body)
    assert "Leichtathletik | 20.000 €" in res.text
    assert "Schwimmen | je 15.000 €" in res.text


def test_two_rows_under_a_colon_are_no_ranking() -> None:
    # two rows are too few for a table of two columns: the rule does not protect them (they
    # are what they look like to the other rules)
    from lagebild.clean.boilerplate import introduced_tables

    body = (
        "So verteilt der Verband das Geld auf die Sparten:\n"
        "Fußball | 30.000 €\n"
        "Leichtathletik | 20.000 €\n"
        "Der Rest geht an kleinere Sparten wie Tischtennis und Ringen.\n"
    )
    from lagebild.clean.blocks import split_blocks

    blocks = split_blocks(body)
    shapes = [shape(b.text) for b in blocks]
    assert introduced_tables(blocks, shapes, [None] * len(blocks)) == set()


def test_a_job_ad_word_in_prose_is_no_job_listing() -> None:
    assert (
        "job"
        not in shape(
            "Die Software gleicht jeden Lebenslauf mit der Stellenanzeige ab und vergibt Punkte."
        ).reasons
    )
    assert "job" in shape("Stellenanzeige: Sachbearbeitung Einkauf in Teilzeit").reasons
    assert "job" in shape("Zur Stellenanzeige ›").reasons


def test_a_question_subheading_under_an_ad_stays() -> None:
    body = (
        "Ein Hersteller ruft geräucherten Lachs in 200-Gramm-Packungen zurück.\n"
        "In einer Probe wurden Listerien gefunden, betroffen ist eine einzige Charge.\n"
        "Anzeige\n"
        "Neu im Shop: das Gewürzset für den Sommer, versandkostenfrei\n"
        "Was müssen Käuferinnen und Käufer jetzt beachten?\n"
        "Die Packungen sollten nicht mehr gegessen und in den Markt zurückgebracht werden.\n"
        "Der Kaufpreis wird auch ohne Bon erstattet, teilte der Hersteller mit.\n"
    )
    res = clean_body(body)
    assert "Was müssen Käuferinnen und Käufer jetzt beachten?" in res.text
    assert "Neu im Shop" not in res.text


def test_a_question_teaser_with_an_arrow_under_a_link_heading_still_goes() -> None:
    body = (
        "Ein Hersteller ruft geräucherten Lachs in 200-Gramm-Packungen zurück.\n"
        "In einer Probe wurden Listerien gefunden, betroffen ist eine einzige Charge.\n"
        "Mehr zum Thema\n"
        "Wie gefährlich sind Listerien wirklich? ›\n"
        "Die Packungen sollten nicht mehr gegessen und in den Markt zurückgebracht werden.\n"
        "Der Kaufpreis wird auch ohne Bon erstattet, teilte der Hersteller mit.\n"
    )
    res = clean_body(body)
    assert "Wie gefährlich sind Listerien" not in res.text


def test_a_short_last_sentence_full_of_names_stays_before_the_footer() -> None:
    body = (
        "Der Torhüter Jan Keller verlässt den Zweitligisten nach sechs Jahren.\n"
        "Beide Seiten bestätigten den Wechsel am Montag, über die Ablöse wurde nichts bekannt.\n"
        "Keller hatte in der vergangenen Saison die meisten Paraden der Liga gezeigt.\n"
        "Als Nachfolger gilt Nachwuchsmann Timo „Krake“ Brandl.\n"
        "Transferticker: Alle Wechsel des Sommers ›\n"
        "© 2027 Ballbote · Impressum · Datenschutz\n"
    )
    res = clean_body(body)
    assert "Als Nachfolger gilt Nachwuchsmann" in res.text
    assert "Transferticker" not in res.text


def test_an_interview_credit_as_a_sentence_still_goes() -> None:
    body = (
        "Frau Berger, warum engagieren Sie sich im Hospizverein?\n"
        "Weil ich selbst erlebt habe, wie wichtig Begleitung am Ende des Lebens ist.\n"
        "Was wünschen Sie sich von der Stadt?\n"
        "Mehr Räume für die Trauergruppen und einen festen Zuschuss.\n"
        "\n"
        "Das Interview führte Paul Sandner.\n"
    )
    res = clean_body(body)
    assert "Das Interview führte" not in res.text
    assert "Mehr Räume für die Trauergruppen" in res.text


def test_link_titles_joined_by_separators_are_no_interview_turns() -> None:
    from lagebild.clean.blocks import split_blocks
    from lagebild.clean.boilerplate import answered_questions

    body = (
        "Mehr Hintergründe: Wer wird Meister? · Wie teuer ist ein Profiteam wirklich?\n"
        "Kommentare werden geladen …\n"
        "Weitere Videos: Das Finale in voller Länge · Was kommt nach dem Turnier?\n"
        "Alle Spiele im Überblick.\n"
    )
    blocks = split_blocks(body)
    assert answered_questions(blocks, [shape(b.text) for b in blocks]) == set()


@pytest.mark.parametrize(
    "line",
    [
        "Unsere Website setzt Cookies für Statistik und Werbung ein. Akzeptieren · Ablehnen",
        "Fotostrecke: Der Umzug durch die Altstadt (31 Bilder) ›",
        "Willkommensbonus sichern: 50 € auf Ihre erste Einzahlung bei Wettkönig*",
        "Jetzt Fördermitglied werden – schon 3 € im Monat helfen unserem Verein",
        "Mietspiegel-Check: Straße und Wohnfläche eingeben – Ergebnis sofort per Mail",
        "Kostenlose Prüfung: Vertrag hochladen und Auswertung erhalten",
    ],
)
def test_round28_furniture_lines_go(line: str) -> None:
    res = clean_body(_REPORT_HEAD + f"{line}\n" + _REPORT_TAIL)
    assert line not in res.text
    assert "Die Opposition kritisierte" in res.text


@pytest.mark.parametrize(
    "line",
    [
        # reports and prose, not furniture
        "Der Verein nutzt Cookies als Lockmittel beim Kinderfest, die Bäckerei spendet sie.",
        "Wer Mitglied werden will, muss mindestens 16 Jahre alt sein, sagte die Vorsitzende.",
        "Die Firma hat sich die Fördermittel bereits im Frühjahr sichern können.",
        "Die Bürger konnten ihre Vorschläge online eingeben, ein Ergebnis soll im Mai vorliegen.",
        "Der Beitrag entstand nach Angaben der Stadt ohne Zuschüsse des Landes.",
    ],
)
def test_round28_lookalikes_stay(line: str) -> None:
    res = clean_body(_REPORT_HEAD + f"{line}\n" + _REPORT_TAIL)
    assert line in res.text


def test_a_recruiting_call_in_the_du_voice_goes_after_the_report() -> None:
    call = "Hast du Lust auf Teamsport und frische Luft? Komm zum Probetraining am Donnerstag."
    assert "promo" in shape(call).reasons
    body = (
        "Die Ruderer des Vereins haben bei der Landesmeisterschaft drei Titel geholt.\n"
        "Im Achter setzte sich die Mannschaft knapp gegen den Titelverteidiger durch.\n"
        f"{call}\n"
        "Fotos: Verein\n"
        "© 2027 Ruderclub Weißensee · Impressum\n"
    )
    res = clean_body(body)
    assert call not in res.text
    assert "Im Achter setzte sich" in res.text
    # a question in the du voice that recruits nobody is no such call
    assert (
        "promo"
        not in shape(
            "Hast du Lust auf Sommer? Dann lies weiter, was der Wetterdienst sagt."
        ).reasons
    )


def test_a_label_between_the_menu_and_the_headline_is_no_title() -> None:
    body = (
        "Start | Politik | Sport | Kultur | Service | Kontakt\n"
        "Verkehr / Baustellen\n"
        "Brücke an der Mühlenstraße bleibt bis zum Herbst für Lastwagen gesperrt\n"
        "14.03.2027 · 2 Min.\n"
        "Die Stadt hat die Sperrung der Brücke an der Mühlenstraße für Lastwagen verlängert.\n"
        "Ein Gutachten hatte Risse in zwei Trägern gefunden, die Sanierung beginnt im Mai.\n"
    )
    res = clean_body(body)
    assert res.title == ("Brücke an der Mühlenstraße bleibt bis zum Herbst für Lastwagen gesperrt")
    assert "Verkehr / Baustellen" not in res.text


def test_a_short_label_under_the_headline_leaves_the_headline_the_title() -> None:
    body = (
        "Start | Politik | Sport | Kultur | Service | Kontakt\n"
        "Stadtrat beschließt neuen Radweg entlang der Bundesstraße\n"
        "Mitteilung Nr. 42/2027\n"
        "14.03.2027 · 2 Min.\n"
        "Der Stadtrat hat am Dienstag den Bau eines Radwegs entlang der Bundesstraße beschlossen.\n"
        "Die Arbeiten sollen im Sommer beginnen und rund ein Jahr dauern.\n"
    )
    res = clean_body(body)
    assert res.title == "Stadtrat beschließt neuen Radweg entlang der Bundesstraße"
