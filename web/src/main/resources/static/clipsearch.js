// clipsearch web interface: the image drop zone, live weight labels, keyboard shortcuts, and the facet panel
// folded away on a phone.
// Every page works without it; it only makes them quicker to use.
(function () {
  'use strict';

  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function follow(rel) {
    var link = document.querySelector('a[rel="' + rel + '"]');
    if (link) {
      window.location.href = link.href;
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'Escape' && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (typing(event.target)) {
      return;
    }
    if (event.key === '/') {
      var box = document.getElementById('q');
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    } else if (event.key === 'n') {
      follow('next');
    } else if (event.key === 'p') {
      follow('prev');
    }
  });

  if (window.matchMedia('(max-width: 480px)').matches) {
    document.querySelectorAll('details[data-closed-on-phone]').forEach(function (panel) {
      panel.open = false;
    });
  }

  document.querySelectorAll('input[type=range][data-output]').forEach(function (slider) {
    var output = document.getElementById(slider.dataset.output);
    slider.addEventListener('input', function () {
      output.value = Number(slider.value).toFixed(1);
    });
  });

  document.querySelectorAll('[data-dropzone]').forEach(function (zone) {
    var input = zone.querySelector('input[type=file]');
    input.addEventListener('change', function () {
      if (input.files.length > 0) {
        zone.submit();
      }
    });
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('dragging');
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('dragging');
      if (event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
        zone.submit();
      }
    });
  });
}());
