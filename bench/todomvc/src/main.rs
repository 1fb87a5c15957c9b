//! TodoMVC in Leptos 0.8: add, toggle, edit, delete, filter, clear completed; todos kept in
//! local storage. The load benchmark's reference: the same framework and build as the app,
//! a classic small app's amount of code.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const KEY: &str = "todos-leptos";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Todo {
    id: u32,
    title: String,
    completed: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Active,
    Completed,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn load() -> Vec<Todo> {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn save(todos: &[Todo]) {
    if let (Some(s), Ok(t)) = (storage(), serde_json::to_string(todos)) {
        let _ = s.set_item(KEY, &t);
    }
}

#[component]
fn App() -> impl IntoView {
    let todos = RwSignal::new(load());
    let filter = RwSignal::new(Filter::All);
    Effect::new(move |_| todos.with(|t| save(t)));
    let next = move || todos.with(|t| t.iter().map(|x| x.id).max().unwrap_or(0) + 1);
    let add = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Enter" {
            return;
        }
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let title = input.value().trim().to_string();
        if !title.is_empty() {
            let id = next();
            todos.update(|t| {
                t.push(Todo {
                    id,
                    title,
                    completed: false,
                })
            });
            input.set_value("");
        }
    };
    let shown = move || {
        let f = filter.get();
        todos.with(|t| {
            t.iter()
                .filter(|x| match f {
                    Filter::All => true,
                    Filter::Active => !x.completed,
                    Filter::Completed => x.completed,
                })
                .map(|x| x.id)
                .collect::<Vec<_>>()
        })
    };
    let left = move || todos.with(|t| t.iter().filter(|x| !x.completed).count());
    view! {
        <section class="todoapp">
            <header class="header">
                <h1>"todos"</h1>
                <input class="new-todo" placeholder="What needs to be done?" autofocus on:keydown=add/>
            </header>
            <section class="main">
                <input class="toggle-all" type="checkbox" prop:checked=move || left() == 0
                    on:change=move |_| { let all = left() != 0; todos.update(|t| t.iter_mut().for_each(|x| x.completed = all)) }/>
                <ul class="todo-list">
                    <For each=shown key=|id| *id let:id>
                        <Item id=id todos=todos/>
                    </For>
                </ul>
            </section>
            <footer class="footer">
                <span class="todo-count"><strong>{left}</strong>" items left"</span>
                <ul class="filters">
                    <li><a href="#/" on:click=move |_| filter.set(Filter::All)>"All"</a></li>
                    <li><a href="#/active" on:click=move |_| filter.set(Filter::Active)>"Active"</a></li>
                    <li><a href="#/completed" on:click=move |_| filter.set(Filter::Completed)>"Completed"</a></li>
                </ul>
                <button class="clear-completed" on:click=move |_| todos.update(|t| t.retain(|x| !x.completed))>"Clear completed"</button>
            </footer>
        </section>
    }
}

#[component]
fn Item(id: u32, todos: RwSignal<Vec<Todo>>) -> impl IntoView {
    let todo = Memo::new(move |_| todos.with(|t| t.iter().find(|x| x.id == id).cloned()));
    let editing = RwSignal::new(false);
    let title = move || todo.with(|t| t.as_ref().map(|x| x.title.clone()).unwrap_or_default());
    let done = move || todo.with(|t| t.as_ref().is_some_and(|x| x.completed));
    let save_title = move |v: String| {
        let v = v.trim().to_string();
        todos.update(|t| {
            if v.is_empty() {
                t.retain(|x| x.id != id);
            } else if let Some(x) = t.iter_mut().find(|x| x.id == id) {
                x.title = v;
            }
        });
        editing.set(false);
    };
    view! {
        <li class:completed=done class:editing=move || editing.get()>
            <div class="view">
                <input class="toggle" type="checkbox" prop:checked=done
                    on:change=move |_| todos.update(|t| if let Some(x) = t.iter_mut().find(|x| x.id == id) { x.completed = !x.completed })/>
                <label on:dblclick=move |_| editing.set(true)>{title}</label>
                <button class="destroy" on:click=move |_| todos.update(|t| t.retain(|x| x.id != id))></button>
            </div>
            <Show when=move || editing.get()>
                <input class="edit" prop:value=title on:blur=move |ev| save_title(event_target_value(&ev))
                    on:keydown=move |ev| if ev.key() == "Enter" { save_title(event_target_value(&ev)) }/>
            </Show>
        </li>
    }
}

fn main() {
    // The same two marks as the app's: the load benchmark reports the time between them.
    let tanda = |nama: &str| {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(nama);
        }
    };
    tanda("app:mulai");
    leptos::mount::mount_to_body(App);
    tanda("app:siap");
}
