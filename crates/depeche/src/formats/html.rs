//! A self-contained HTML report: one page for a whole run, with inline
//! CSS and JavaScript only (no network request, no external asset).
//!
//! Each document shows its text with entity mentions highlighted by kind
//! and triggers underlined, and its events listed with their arguments;
//! clicking an event (in the list, in the text or in the timeline)
//! highlights its triggers and arguments; hovering a mention or an
//! argument shows its id, canonical name and attributes. A timeline at
//! the top orders every event of the run by date.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::json;

use super::{char_starts, display_name, entity, kind_name, slice_chars};
use crate::output::{Entity, Event, Extraction};

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// The hover text of an entity: id, canonical name and attributes.
fn entity_title(e: &Entity) -> String {
    let mut parts = vec![e.id.clone(), kind_name(e).to_string()];
    if let Some(c) = e.canonical.as_deref().filter(|c| !c.is_empty()) {
        parts.push(c.to_string());
    }
    for v in [&e.subkind, &e.country, &e.value, &e.granularity, &e.wikidata]
        .into_iter()
        .flatten()
    {
        parts.push(v.clone());
    }
    if let Some(g) = e.geonames {
        parts.push(format!("geonames {g}"));
    }
    if let (Some(lat), Some(lon)) = (e.lat, e.lon) {
        parts.push(format!("{lat}, {lon}"));
    }
    if let Some(g) = &e.gazetteer_id {
        parts.push(format!("gazetteer {g}"));
    }
    parts.join(" · ")
}

fn event_title(ev: &Event) -> String {
    let mut parts = vec![ev.id.clone(), ev.kind.clone()];
    for (k, v) in &ev.extra {
        match v {
            serde_json::Value::String(s) => parts.push(format!("{k}: {s}")),
            serde_json::Value::Null => {}
            v => parts.push(format!("{k}: {v}")),
        }
    }
    parts.join(" · ")
}

/// One annotation over the text: char span, CSS classes, reference ids,
/// hover text.
struct Mark {
    start: usize,
    end: usize,
    class: &'static str,
    refs: String,
    title: String,
}

/// The document's text with its marks as nested-free spans.
fn text_html(ex: &Extraction, text: &str, p: &str) -> String {
    let starts = char_starts(text);
    let n = starts.len() - 1;
    let mut marks: Vec<Mark> = Vec::new();
    for e in &ex.entities {
        let class = match kind_name(e) {
            "place" => "place",
            "actor" => "actor",
            _ => "date",
        };
        for m in &e.mentions {
            marks.push(Mark {
                start: m.start.min(n),
                end: m.end.min(n),
                class,
                refs: format!("{p}-{}", e.id),
                title: entity_title(e),
            });
        }
    }
    for ev in &ex.events {
        for t in &ev.triggers {
            marks.push(Mark {
                start: t.start.min(n),
                end: t.end.min(n),
                class: "trig",
                refs: format!("{p}-{}", ev.id),
                title: event_title(ev),
            });
        }
    }
    for s in &ex.sections {
        marks.push(Mark {
            start: s.start.min(n),
            end: s.end.min(n),
            class: "section",
            refs: String::new(),
            title: format!("section: {}", s.kind),
        });
    }
    let mut cuts: Vec<usize> = vec![0, n];
    for m in &marks {
        cuts.push(m.start);
        cuts.push(m.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let seg = escape(slice_chars(text, &starts, a, b));
        let over: Vec<&Mark> =
            marks.iter().filter(|m| m.start <= a && b <= m.end).collect();
        if over.is_empty() {
            out.push_str(&seg);
            continue;
        }
        let mut classes: Vec<&str> = over.iter().map(|m| m.class).collect();
        classes.sort_unstable();
        classes.dedup();
        let refs: Vec<&str> = over
            .iter()
            .map(|m| m.refs.as_str())
            .filter(|r| !r.is_empty())
            .collect();
        let titles: Vec<&str> =
            over.iter().map(|m| m.title.as_str()).collect();
        let _ = write!(
            out,
            "<span class=\"m {}\" data-refs=\"{}\" title=\"{}\">{seg}</span>",
            classes.join(" "),
            escape(&refs.join(" ")),
            escape(&titles.join("\n"))
        );
    }
    out
}

/// The event list of one document.
fn events_html(ex: &Extraction, p: &str) -> String {
    let mut out = String::new();
    if ex.events.is_empty() {
        out.push_str("<p class=\"none\">No event.</p>");
        return out;
    }
    out.push_str("<ol class=\"events\">");
    for ev in &ex.events {
        let _ = write!(
            out,
            "<li class=\"event\" id=\"{p}-{id}\" data-ev=\"{p}-{id}\" \
             data-args=\"{args}\" title=\"{title}\" tabindex=\"0\">\
             <div class=\"head\"><b class=\"kind\">{kind}</b> \
             <span class=\"evid\">{id}</span> \
             <span class=\"evdate\">{date}</span></div>",
            id = escape(&ev.id),
            kind = escape(&ev.kind),
            args = escape(
                &[
                    &ev.agent,
                    &ev.target,
                    &ev.location,
                    &ev.time,
                    &ev.destination,
                    &ev.source
                ]
                .iter()
                .flat_map(|ids| ids.iter().map(|i| format!("{p}-{i}")))
                .collect::<Vec<_>>()
                .join(" ")
            ),
            title = escape(&event_title(ev)),
            date = escape(ev.date.as_deref().unwrap_or("no date")),
        );
        let triggers: Vec<String> = ev
            .triggers
            .iter()
            .map(|t| format!("« {} »", escape(&t.text)))
            .collect();
        let _ = write!(
            out,
            "<div class=\"triggers\">{}</div><dl>",
            triggers.join(" ")
        );
        let roles = ev.roles();
        for (role, ids) in roles {
            if ids.is_empty() {
                continue;
            }
            let args: Vec<String> = ids
                .iter()
                .map(|id| match entity(ex, id) {
                    Some(e) => format!(
                        "<span class=\"arg {k}\" data-ref=\"{p}-{id}\" \
                         title=\"{t}\">{n}</span>",
                        k = kind_name(e),
                        id = escape(id),
                        t = escape(&entity_title(e)),
                        n = escape(&display_name(e)),
                    ),
                    None => {
                        format!("<span class=\"arg\">{}</span>", escape(id))
                    }
                })
                .collect();
            let _ = write!(out, "<dt>{role}</dt><dd>{}</dd>", args.join(", "));
        }
        out.push_str("</dl><div class=\"codes\">");
        let mut codes: Vec<String> = Vec::new();
        for k in ["acled_event_type", "acled_sub_event_type", "plover"] {
            if let Some(v) = ev.extra.get(k).and_then(|v| v.as_str()) {
                codes.push(escape(v));
            }
        }
        for (k, v) in [
            ("killed", ev.killed),
            ("injured", ev.injured),
            ("abducted", ev.abducted),
        ] {
            if let Some(v) = v {
                codes.push(format!("{k} {v}"));
            }
        }
        codes.push(escape(&ev.polarity));
        codes.push(escape(&ev.modality));
        out.push_str(&codes.join(" · "));
        out.push_str("</div></li>");
    }
    out.push_str("</ol>");
    out
}

const STYLE: &str = r#"
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{background:#23303f;color:#fff;padding:12px 20px}
header h1{margin:0;font-size:20px}
header p{margin:2px 0 0;opacity:.85}
.legend span{display:inline-block;margin-right:10px;padding:0 6px;border-radius:3px;color:#1d1d1f}
main{padding:12px 20px}
section.timeline{background:#fff;border:1px solid #ddd;border-radius:6px;padding:8px 14px;margin-bottom:16px}
section.timeline h2{font-size:16px;margin:4px 0}
.tl-row{display:flex;align-items:flex-start;border-top:1px solid #eee;padding:3px 0}
.tl-date{width:120px;flex:none;font-variant-numeric:tabular-nums;color:#555}
.tl-item{display:inline-block;margin:1px 4px 1px 0;padding:0 6px;border-radius:10px;background:#f29b9b;cursor:pointer;font-size:13px}
.tl-item.sel{outline:2px solid #c0392b}
article.doc{background:#fff;border:1px solid #ddd;border-radius:6px;margin-bottom:18px;padding:6px 14px}
article.doc h2{font-size:17px;margin:6px 0}
article.doc h2 small{font-weight:normal;color:#666}
.cols{display:flex;gap:18px;align-items:flex-start}
.text{flex:3;white-space:pre-wrap;line-height:1.7}
aside{flex:2;max-height:80vh;overflow:auto}
.m.place{background:#9fd4a3}
.m.actor{background:#f5c77e}
.m.date{background:#a9c8f0}
.m{border-radius:2px}
.m.trig{border-bottom:3px solid #d63b3b;cursor:pointer;font-weight:600}
.m.section{color:#888}
.m.section.place,.m.section.actor,.m.section.date{opacity:.6}
.hl{outline:2px solid #d63b3b;background:#ffe15a !important}
.hl-arg{outline:2px dashed #2c5aa0;background:#cfe1ff !important}
ol.events{padding-left:18px;margin:4px 0}
li.event{border:1px solid #e3e3e3;border-radius:5px;padding:4px 8px;margin:0 0 8px;cursor:pointer;background:#fcfcfc}
li.event.sel{border-color:#d63b3b;background:#fff6f0}
li.event .kind{color:#b02a2a}
li.event .evid{color:#888;font-size:12px}
li.event .evdate{float:right;color:#555;font-size:13px}
li.event dl{display:grid;grid-template-columns:max-content 1fr;gap:0 8px;margin:2px 0}
li.event dt{color:#666;font-size:13px}
li.event dd{margin:0}
.triggers{font-style:italic;color:#444;font-size:14px}
.arg{padding:0 3px;border-radius:2px}
.arg.place{background:#dff0e0}.arg.actor{background:#fbe8c8}.arg.date{background:#dde9f9}
.codes{color:#666;font-size:12px}
.none{color:#888}
"#;

const SCRIPT: &str = r#"
(function(){
  var data = JSON.parse(document.getElementById('depeche-data').textContent);
  function clear(){
    document.querySelectorAll('.hl,.hl-arg,.sel').forEach(function(e){
      e.classList.remove('hl');e.classList.remove('hl-arg');e.classList.remove('sel');});
  }
  function refsOf(el){return (el.getAttribute('data-refs')||'').split(' ');}
  function select(ev){
    clear();
    var li=document.getElementById(ev); if(!li) return;
    li.classList.add('sel');
    var args=(li.getAttribute('data-args')||'').split(' ').filter(Boolean);
    var first=null;
    document.querySelectorAll('.m').forEach(function(s){
      var r=refsOf(s);
      if(r.indexOf(ev)>=0){s.classList.add('hl'); if(!first) first=s;}
      else if(args.some(function(a){return r.indexOf(a)>=0;})) s.classList.add('hl-arg');
    });
    li.querySelectorAll('.arg').forEach(function(a){a.classList.add('hl-arg');});
    document.querySelectorAll('.tl-item[data-ev="'+ev+'"]').forEach(function(t){t.classList.add('sel');});
    if(first && first.scrollIntoView) first.scrollIntoView({block:'nearest'});
  }
  document.querySelectorAll('li.event').forEach(function(li){
    li.addEventListener('click',function(){select(li.getAttribute('data-ev'));});
    li.addEventListener('keydown',function(e){if(e.key==='Enter')select(li.getAttribute('data-ev'));});
  });
  document.querySelectorAll('.m.trig').forEach(function(s){
    s.addEventListener('click',function(){
      var ev=refsOf(s).filter(function(r){return document.querySelector('li.event[data-ev="'+r+'"]');})[0];
      if(ev) select(ev);
    });
  });
  // Timeline: events by date, undated last.
  var tl=document.getElementById('timeline-body');
  var groups={};
  data.events.forEach(function(e){var d=e.date||'no date';(groups[d]=groups[d]||[]).push(e);});
  var dates=Object.keys(groups).sort(function(a,b){
    if(a==='no date') return 1; if(b==='no date') return -1; return a<b?-1:a>b?1:0;});
  if(!dates.length){tl.textContent='No event.';}
  dates.forEach(function(d){
    var row=document.createElement('div');row.className='tl-row';
    var dd=document.createElement('div');dd.className='tl-date';dd.textContent=d;row.appendChild(dd);
    var items=document.createElement('div');
    groups[d].forEach(function(e){
      var it=document.createElement('span');it.className='tl-item';
      it.setAttribute('data-ev',e.ref);it.textContent=e.kind+' ('+e.doc+' '+e.id+')';
      it.title=e.summary;
      it.addEventListener('click',function(){select(e.ref);});
      items.appendChild(it);
    });
    row.appendChild(items);tl.appendChild(row);
  });
})();
"#;

/// Writes the report for `docs` (each an extraction and its text).
pub fn write_report<'a, W: Write + ?Sized>(
    w: &mut W,
    docs: impl IntoIterator<Item = (&'a Extraction, &'a str)>,
) -> io::Result<()> {
    let docs: Vec<(&Extraction, &str)> = docs.into_iter().collect();
    let n_events: usize = docs.iter().map(|(e, _)| e.events.len()).sum();
    let mut timeline = Vec::new();
    let mut body = String::new();
    for (i, (ex, text)) in docs.iter().enumerate() {
        let p = format!("d{i}");
        for ev in &ex.events {
            let args: Vec<String> = ev
                .agent
                .iter()
                .chain(&ev.target)
                .chain(&ev.location)
                .filter_map(|id| entity(ex, id))
                .map(display_name)
                .collect();
            timeline.push(json!({
                "ref": format!("{p}-{}", ev.id),
                "doc": ex.id,
                "id": ev.id,
                "kind": ev.kind,
                "date": ev.date,
                "summary": args.join(", "),
            }));
        }
        let _ = write!(
            body,
            "<article class=\"doc\" id=\"{p}\"><h2>{id} <small>{dct} · \
             {ne} entities · {nv} events</small></h2><div class=\"cols\">\
             <div class=\"text\">{text}</div><aside><h3>Events</h3>{events}\
             </aside></div></article>\n",
            id = escape(&ex.id),
            dct = escape(ex.dct.as_deref().unwrap_or("no date")),
            ne = ex.entities.len(),
            nv = ex.events.len(),
            text = text_html(ex, text, &p),
            events = events_html(ex, &p),
        );
    }
    let data = json!({"events": timeline}).to_string().replace('<', "\\u003c");
    write!(
        w,
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>depeche report</title><style>{STYLE}</style></head><body>\
         <header><h1>depeche report</h1><p>{nd} documents · {n_events} events</p>\
         <p class=\"legend\"><span style=\"background:#9fd4a3\">place</span>\
         <span style=\"background:#f5c77e\">actor</span>\
         <span style=\"background:#a9c8f0\">date</span>\
         <span style=\"background:#fff;border-bottom:3px solid #d63b3b\">event trigger</span>\
         click an event to highlight its triggers and arguments; hover for ids</p>\
         </header><main><section class=\"timeline\"><h2>Timeline</h2>\
         <div id=\"timeline-body\"></div></section>\n{body}</main>\
         <script type=\"application/json\" id=\"depeche-data\">{data}</script>\
         <script>{SCRIPT}</script></body></html>\n",
        nd = docs.len(),
    )
}

/// The report as a string.
pub fn to_string<'a>(
    docs: impl IntoIterator<Item = (&'a Extraction, &'a str)>,
) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = write_report(&mut out, docs);
    String::from_utf8(out).unwrap_or_default()
}
