document.getElementById('app')!.textContent = '…';
