// placeholder: replaced by the places stage
