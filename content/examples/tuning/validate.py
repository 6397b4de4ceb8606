import streamlit as st


# A shared connection that can be closed. validate checks it on every hit,
# and a closed one is dropped and opened again.
@st.cache_resource(
    validate=lambda connection: connection["open"],
)
def connect(database):
    return {"database": database, "open": True}


connection = connect("pickups.db")
st.text(f"Connected to {connection['database']}")

if st.button("Close the connection"):
    connection["open"] = False
    st.warning("Closed. On the next run, validate returns false and connect runs again.")
